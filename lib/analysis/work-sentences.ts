import type { EmploymentType, Workplace } from '../model/types';
import { employmentTypeOf, statedWorkplace } from '../model/work-words';

// Where a posting's body settles its workplace and employment type: the sentences that state them,
// the hours a week it names, and the short lines boards write as chips. A bare "remote" in a body
// is too loose ("remote-first company", "remote debugging"); these are the shapes that commit.

export type TextHit<T> = { value: T; evidence: string } | null;
type Texts = readonly string[];

const DAYS = String.raw`(?:[1-4](?:[-–][2-4])?|one|two|three|four)`;
const PLACE = String.raw`(?:office|hq|headquarters|studio|campus|site)`;

const BODY_WORKPLACE: [Exclude<Workplace, 'unknown'>, RegExp][] = [
  [
    'hybrid',
    new RegExp(
      [
        String.raw`\bhybrid(?: or remote)? (?:role|position|job|working|work|model|schedule|arrangement|set-?up|opportunity|environment)\b`,
        String.raw`\b(?:remote or hybrid|hybrid or remote)\b`,
        String.raw`\b${DAYS} days? (?:a|per|each|every) week (?:in|at|from) (?:[\p{L}'’-]+ ){0,3}${PLACE}\b`,
        String.raw`\b(?:in|at|from) (?:the |our )?(?:[\p{L}'’-]+ ){0,2}${PLACE} ${DAYS} days? (?:a|per|each|every) week\b`,
        String.raw`\bdays? (?:in|at) the ${PLACE}\b`,
        String.raw`\bhybride[sn]? (?:arbeiten|arbeitsmodell|modell)\b|\bmodalidad h[íi]brida\b|\bt[ée]l[ée]travail partiel\b`,
      ].join('|'),
      'iu',
    ),
  ],
  // Said before the remote shapes, which "not fully remote" would otherwise satisfy.
  [
    'onsite',
    /\b(?:is|are) not (?:a )?(?:fully )?remote\b|\bno remote (?:work|option)|\bremote work is not (?:possible|available|an option)\b/i,
  ],
  [
    'remote',
    /(?:\b(?:fully|completely|entirely|full)|100 ?%) (?:remot[eo]|télétravail)\b|\bpraca (?:w pełni )?zdaln\w*|\bremote (?:role|position|job|opportunity)\b|\bthis (?:is a |role is |position is |job is )(?:fully )?remote\b|\bwork (?:remotely )?from anywhere\b|\bwork[- ]from[- ]home (?:setup|position|role|job)\b|\b100 ?% home ?office\b/i,
  ],
  // "La modalidad operativa es teletrabajo", "Modalidade: remota", "Arbeitsmodell: Remote"
  [
    'remote',
    /\b(?:modalidad|modalidade|modalità|arbeitsmodell|mode de travail)(?: [\p{L}]+){0,2}(?: es| é| è| ist|:)\s*(?:100 ?% )?(?:teletrabajo|remot[oa]|remote|home ?office|t[ée]l[ée]travail)\b/iu,
  ],
  // "in the office five days a week", "5 days a week at our Leeds office"
  [
    'onsite',
    new RegExp(
      String.raw`\b(?:in|at|from) (?:the |our )?(?:[\p{L}'’-]+ ){0,2}${PLACE} (?:five|5) days? (?:a|per|each|every) week\b|\b(?:five|5) days? (?:a|per|each|every) week (?:in|at|from) (?:the |our )?(?:[\p{L}'’-]+ ){0,2}${PLACE}\b`,
      'iu',
    ),
  ],
  [
    'onsite',
    /\b(?:on-?site|in[- ]office|in[- ]person) (?:role|position|job)\b|\bthis (?:is an? |role is |position is |job is )(?:on-?site|in[- ]office)\b|\b(?:works?|working|based) (?:on-?site|in[- ]office|in[- ]person)\b|\b(?:works?|working|based) on site(?=[.,;:!)]|$| (?:at|in|with|full[- ]time|five|\d))/i,
  ],
];

// "This is a full-time position", "a full-time, permanent Senior Engineer role", "on a part-time
// basis": the type said of the job itself, before a noun that is the job.
const JOB_WORDS = String.raw`(?:role|position|job|opportunity|basis|contract|employment|working week|work week|capacity|appointment|post|hire|employee|vacancy)`;
function typeSentence(type: string): RegExp {
  const qualifiers = String.raw`(?:,? (?:and )?(?:permanent|regular|salaried|remote|exempt|hybrid|on-?site|fixed[- ]term))*`;
  return new RegExp(
    String.raw`\b(?:this is an? |an? |on an? )${type}${qualifiers} (?:[\p{L}.-]+ ){0,3}?${JOB_WORDS}s?\b`,
    'iu',
  );
}

const BODY_EMPLOYMENT: [Exclude<EmploymentType, 'unknown'>, RegExp][] = [
  ['internship', /\b(?:this|an?) (?:paid |summer )?internship\b/i],
  [
    'contract',
    /(?<!\b(?:not|nor|no|never)(?: \w+)? )\b(?:this is an? |an? )(?:\d+[- ]month |fixed[- ]term |temporary )?(?:contract|freelance)(?: role| position| engagement)?\b(?! of employment)/i,
  ],
  ['contract', typeSentence('fixed[- ]term')],
  ['temporary', typeSentence('(?:seasonal|temporary)')],
  ['part-time', typeSentence('part[- ]time')],
  ['full-time', typeSentence('full[- ]time')],
  ['full-time', typeSentence('permanent')],
];

// The same, said the way postings in other languages say it, read only when no sentence above
// settles it: "Contratação CLT", "40h semanais", "Vollzeit", "全职" are employment; "PJ" a contract.
const BODY_EMPLOYMENT_WORDS: [Exclude<EmploymentType, 'unknown'>, RegExp][] = [
  [
    'internship',
    /(?<![\p{L}])(?:est[áa]gio|praktikum|pasant[íi]a|pr[áa]cticas|tirocinio|alternance|stagiaire|実習|实习)(?![\p{L}])/iu,
  ],
  [
    'part-time',
    /(?<![\p{L}])(?:teilzeit|meio per[íi]odo|medio tiempo|media jornada|temps partiel|tempo parziale|deeltijd|deltid|niepełny etat|兼职|パート)(?![\p{L}])/iu,
  ],
  [
    'full-time',
    /(?<![\p{L}])(?:tempo integral|vollzeit|tiempo completo|jornada completa|temps plein|tempo pieno|voltijds?|fulltime|heltid|pełny etat|pełen etat|全职|正社員|toàn thời gian)(?![\p{L}])/iu,
  ],
  ['full-time', /(?<![\p{L}])CLT(?![\p{L}])/u],
  // A contract with no end date: how French, Spanish, Italian and German postings say "permanent".
  [
    'full-time',
    /(?<![\p{L}])(?:CDI|contrat à durée indéterminée|contrato indefinido|tempo indeterminato|unbefristet(?:e[nr]?)?|festanstellung)(?![\p{L}])/iu,
  ],
  ['contract', /(?<![\p{L}])PJ(?![\p{L}])/u],
  [
    'contract',
    /(?<![\p{L}])(?:freelance|werkvertrag|(?:umowa|kontrakt) B2B|B2B (?:contract|agreement))(?![\p{L}])/iu,
  ],
  ['temporary', /(?<![\p{L}])(?:befristet|zeitlich befristet)(?![\p{L}])/iu],
];

// Hours a week: "32h/Woche", "40 hours per week", "40h semanais", "20 Stunden pro Woche", "a
// 40-hour work week"; in a range ("32-40 uur per week") the most the job asks.
const HOURS_A_WEEK =
  /(?<![\d.,])(?:[1-4]\d|[5-9])(?:[-–]([1-4]\d))? ?(?:h|hrs?|hours?|stunden|std\.?|uur|heures|horas)\.?(?: ?(?:\/|per|pro|a|par|por|p\.) ?(?:w|wk|week|woche|semaine|semana)\b| semanais| semanales| hebdomadaires)|(?<![\d.,])[1-4]\d[- ]hours? (?:work(?:ing)? ?)?week\b/i;
// Universities give the share of a full post: "1.0 FTE", "0.8 fte", "FTE: 0,6".
const FTE = /(?<![\d.,])([01][.,]\d{1,2}) ?fte\b|\bfte:? ?([01][.,]\d{1,2})(?![\d])/i;
const PART_TIME_BELOW = 33;
const FULL_TIME_FROM = 35;

/** The hours a week a line asks: the top of a range, or the full post's share of 40 hours. */
function hoursOf(text: string): number {
  const hours = HOURS_A_WEEK.exec(text);
  if (hours) return Number(hours[1] ?? /\d+/.exec(hours[0])?.[0]);
  const fte = FTE.exec(text);
  return fte ? 40 * Number((fte[1] ?? fte[2] ?? '').replace(',', '.')) : NaN;
}

function byHours(texts: Texts): TextHit<EmploymentType> {
  for (const text of texts) {
    const hours = hoursOf(text);
    if (hours < PART_TIME_BELOW) return { value: 'part-time', evidence: text };
    if (hours >= FULL_TIME_FROM) return { value: 'full-time', evidence: text };
  }
  return null;
}

function firstMatch<T>(texts: Texts, rules: [T, RegExp][]): TextHit<T> {
  for (const [value, re] of rules) {
    const hit = texts.find((t) => re.test(t));
    if (hit !== undefined) return { value, evidence: hit };
  }
  return null;
}

export const workplaceInText = (texts: Texts): TextHit<Workplace> => firstMatch(texts, BODY_WORKPLACE);

export function employmentInText(texts: Texts): TextHit<EmploymentType> {
  return (
    firstMatch(texts, BODY_EMPLOYMENT) ??
    leadingChip(texts, employmentTypeOf) ??
    firstMatch(texts, BODY_EMPLOYMENT_WORDS) ??
    byHours(texts) ??
    soleTypeWord(texts)
  );
}

// Last, a type the body names in passing ("our full-time engineers", "the internship starts in
// June"), when it names no other: a page about one job rarely mentions a type that is not its own.
const BARE_TYPES: [Exclude<EmploymentType, 'unknown'>, RegExp][] = [
  ['full-time', /\bfull[- ]time\b/i],
  ['part-time', /\bpart[- ]time\b/i],
  ['internship', /\binternships?\b/i],
  ['contract', /\b(?:contractors?|freelancers?)\b/i],
];

function soleTypeWord(texts: Texts): TextHit<EmploymentType> {
  const found = BARE_TYPES.flatMap(([value, re]) => {
    const hit = texts.find((t) => re.test(t));
    return hit === undefined ? [] : [{ value, evidence: hit }];
  });
  return found.length === 1 ? (found[0] ?? null) : null;
}

// Boards show the type and workplace as bare chips near the title: "Full time", "Remote".
const CHIP_MAX = 24;

function chip<T>(texts: Texts, read: (t: string) => T | null, max = CHIP_MAX): TextHit<T> {
  for (const text of texts.slice(0, 60)) {
    if (text.length > max) continue;
    const value = read(text);
    if (value) return { value, evidence: text };
  }
  return null;
}

// A place line with the workplace as its tag: "Tallinn, Estonia (Hybrid)", "London [Remote]".
const LINE_MAX = 80;
const TAG = /[([]([^()[\]]{2,20})[)\]]\s*$/;

/** The workplace a chip names, or the tag closing a short place line under the heading. */
function workplaceOfChip(text: string): Workplace | null {
  if (text.length <= CHIP_MAX) return statedWorkplace(text);
  const tag = text.length <= LINE_MAX ? TAG.exec(text)?.[1] : undefined;
  return tag ? statedWorkplace(tag) : null;
}

export const employmentChip = (texts: Texts) => chip(texts, employmentTypeOf);
export const workplaceChip = (texts: Texts) => chip(texts, workplaceOfChip, LINE_MAX);

// A short line of the body that opens with the type is a chip written as prose:
// "Temporary, Full-Time (1 year contract with possibility of renewal)."
const LEAD_MAX = 90;
const LEADS_WITH_TYPE =
  /^(?:temporary|permanent|full[- ]time|part[- ]time|contract|fixed[- ]term|internship)\s*(?:[,.;(/|–-]|$)/i;

function leadingChip<T>(texts: Texts, read: (t: string) => T | null): TextHit<T> {
  const hit = texts.find((t) => t.length <= LEAD_MAX && LEADS_WITH_TYPE.test(t));
  const value = hit === undefined ? null : read(hit);
  return value && hit !== undefined ? { value, evidence: hit } : null;
}
