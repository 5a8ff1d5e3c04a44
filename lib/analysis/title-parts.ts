import { employmentTypeOf, workplaceOf } from '../model/work-words';
import { ROLE_NOUN } from '../text/more-role-words';
import { NOT_AN_EMPLOYER } from '../text/board-names';
import { TITLE_SEPARATOR as SEPARATOR } from '../text/title-company';

// Headings and page titles often pack several facts: "Acme - Senior Python Developer - Remote",
// "[Remoto] Desenvolvedor Java - Acme - Berlin". The segment with a job noun is the title. The page
// sends the heading as written; the background splits it (lib/analysis/heading.ts).

// Boards prefix titles with tags: "[Remoto] …", "【急募】…", "(Hybrid) …". Square and lenticular
// brackets always hold a tag; parentheses only when they name a workplace or an employment type,
// since "(Senior) Software Engineer" is the title itself.
const SQUARE_TAG = /^\s*(?:\[([^\]]{1,30})\]|【([^】]{1,30})】)\s*/;
const PAREN_TAG = /^\s*\(([^)]{1,30})\)\s*/;
const MAX_TAGS = 3;

export interface TitleParts {
  title: string;
  company?: string;
  locationText?: string;
  /** The leading tags, as written inside their brackets ("Remoto"). */
  tags?: string[];
}

function nextTag(text: string): { tag: string; length: number } | undefined {
  const square = SQUARE_TAG.exec(text);
  const inBrackets = (square?.[1] ?? square?.[2] ?? '').trim();
  // "[Desenvolvedor Java Pleno] - CLT": a bracket that names a role holds the title itself.
  if (square && !(ROLE_NOUN.test(inBrackets) && !workplaceOf(inBrackets)))
    return { tag: inBrackets, length: square[0].length };
  const paren = PAREN_TAG.exec(text);
  const inside = paren?.[1]?.trim();
  if (paren && inside && (workplaceOf(inside) || employmentTypeOf(inside)))
    return { tag: inside, length: paren[0].length };
  return undefined;
}

/** The tags in front of a title, and the title after them. */
function leadingTags(heading: string): { tags: string[]; rest: string } {
  const tags: string[] = [];
  let rest = heading;
  for (let hit = nextTag(rest); hit && tags.length < MAX_TAGS; hit = nextTag(rest)) {
    tags.push(hit.tag);
    rest = rest.slice(hit.length);
  }
  return { tags, rest: rest.trim() };
}

// "Data Engineer @ Acme", "Dev Java @ConquestOne", "QA na Tecnosenior", "Engineer bei Stadtdaten":
// the employer after an "at" word; the role before it.
const AT_EMPLOYER = /^(.+?)\s+@\s*(\S.*)$|^(.+?)\s+(?:at|bei|chez|na|no|en)\s+(\p{Lu}.*)$/u;
// "Acme 诚聘 Backend Engineer", "Acme is hiring a Data Engineer", "Acme: Data Engineer".
const EMPLOYER_HIRES =
  /^(\S.{0,60}?)\s*(?:诚聘|招聘|急聘|is hiring(?: an?)?|are hiring(?: an?)?|sucht|contrata|recruta|recrute)\s+(\S.*)$/u;
// "Looking for Frontend Developers", "Wir suchen Projektmanager*in!": the role after the call.
// ("Neuer Job bei Code for Germany: Wir suchen Communitybuilder*in!" — after a lead-in and a colon too).
const HIRING_CALL =
  /^(?:[^:]{1,60}:\s+)?(?:we(?:['’]re| are) )?(?:looking for|hiring|seeking|wir suchen|estamos contratando|procuramos|buscamos|nous recrutons|vaga(?: para)?:?)\s+(?:an? )?/i;
// "Neue Stelle bei FragDenStaat: Wir suchen …", "New job at Acme: …": an announcement's lead-in
// names who hires.
const ANNOUNCED_AT =
  /^(?:new (?:job|position|opening|vacancy|role)|neue stelle|neuer job|nouveau poste|nouvelle offre|nueva vacante|nuevo empleo|nova vaga)\s+(?:at|with|bei|chez|en|na|no)\s+([^:]{2,60}?)\s*:\s+(\S.*)$/i;
// "Vacancy: Programme Manager", "Job opening – Communications Officer", "Stellenangebot: …": a
// word that says what the page is, before the role.
const LEAD_IN =
  /^(?:(?:new |open )?(?:job(?: opening| offer| posting| vacancy| ad)?|vacancy|opening|position|stellenangebot|stellenausschreibung|offre d'emploi|vaga|vacante|oferta de (?:empleo|trabajo))\s*[:：–—-]\s+)(?=\S)/i;
/** "(Bremen, Deutschland)" after the employer: where the job is. */
const TRAILING_FACTS = /\s*\(([^()]{2,60})\)\s*[!.]?$/;
/** Pay written after the role: "- UP TO 6k EUR", "薪水 15K-30K RMB", "Salary: $90k". */
const PAY_TAIL =
  /\s*(?:[-–|,]\s*)?(?:薪水|薪资|salary|up to|upto|até|bis zu|hasta)\s*[:：]?\s*(?:[$€£¥₹]|R\$|\d).*$/i;

/** "Role @ Employer (Place)" and its kin: the role, the employer and what trails them. */
function employerParts(text: string): TitleParts | undefined {
  const announced = ANNOUNCED_AT.exec(text);
  if (announced?.[1] && announced[2])
    return { ...employerParts(announced[2]), ...roleOnly(announced[2]), company: announced[1] };
  const hires = EMPLOYER_HIRES.exec(text);
  if (hires?.[1] && hires[2] && ROLE_NOUN.test(hires[2]) && !ROLE_NOUN.test(hires[1]))
    return { ...employerParts(hires[2]), ...roleOnly(hires[2]), company: hires[1].trim() };
  const at = AT_EMPLOYER.exec(text);
  const role = at?.[1] ?? at?.[3];
  // "at Quave - Fully Remote - $4,000": the employer ends at the next segment.
  const [employer, ...after] = (at?.[2] ?? at?.[4] ?? '').split(SEPARATOR);
  // "@" says who hires on its own; "at", "na", "bei" only after a role ("QA na Tecnosenior").
  const named = at?.[1] !== undefined || ROLE_NOUN.test(role ?? '');
  if (!role || !employer || !named || employer.split(/\s+/).length > 6) return undefined;
  const facts = TRAILING_FACTS.exec(employer);
  const where = facts?.[1] ?? after.join(' - ');
  return {
    title: role.trim(),
    company: (facts ? employer.slice(0, facts.index) : employer).trim(),
    ...(where ? { locationText: where } : {}),
  };
}

/** The role itself: without a hiring call in front or the pay behind ("… 薪水 15K-30K RMB"). */
function roleOnly(text: string): TitleParts {
  const bracketed = /^\[([^\]]{3,80})\]\s*(?:[-–—|:]\s*)?/.exec(text);
  const inside = bracketed?.[1] ?? text;
  const called = inside.replace(LEAD_IN, '').replace(HIRING_CALL, '');
  // "Wir suchen Projektmanager*in! (75-100%, ab August 2019)": a call ends at its exclamation mark
  const role = (called === inside ? called : called.replace(/!\s.*$/, ''))
    .replace(PAY_TAIL, '')
    .replace(/[!.]+$/, '');
  // "[Desenvolvedor Java] - CLT/híbrido (São Paulo)": what follows the bracketed role is about the job.
  const facts = bracketed && text.slice(bracketed[0].length).trim();
  return { title: role.trim(), ...(facts ? { locationText: facts } : {}) };
}

/** Split a packed heading into title, company and location, when its segments say which is which. */
export function splitTitle(heading: string): TitleParts {
  const { tags, rest } = leadingTags(heading);
  const packed = employerParts(rest);
  if (packed) return { ...packed, ...(tags.length ? { tags } : {}) };
  const whole = rest || heading.trim();
  const segments = whole
    .split(SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
  const at = segments.findIndex((s) => ROLE_NOUN.test(s));
  const tagged = tags.length ? { tags } : {};
  // A title that comes first keeps its own dashes ("Senior Engineer - Front End").
  if (segments.length < 2 || at <= 0) return { ...roleOnly(whole), ...tagged };
  const inner = leadingTags(segments[at] as string);
  const before = segments.slice(0, at);
  const after = segments.slice(at + 1);
  // "Job - Backend Developer", "Careers | Data Engineer": what the page is, not who hires
  const company =
    before.length === 1 && !workplaceOf(before[0]) && !NOT_AN_EMPLOYER.test(before[0] ?? '')
      ? before[0]
      : undefined;
  const locationText = after.length ? after.join(' - ') : undefined;
  const allTags = [...tags, ...inner.tags];
  const { title } = roleOnly(inner.rest);
  return { title, company, locationText, ...(allTags.length ? { tags: allTags } : {}) };
}
