// What is left of a heading around the role once the page reader has split it: the parts that
// are the employer, the pay or the board ("Staff Engineer - Acme - Career Page", "Python Developer
// — Remote — $60/hr", "Full-Stack Developer (R$ 8.000 - R$ 12.000)"), and an office's address in
// brackets ("(Bremen, Deutschland)"). The area the job covers stays: a heading's region or workplace
// is part of how the posting names itself ("Paid Search Specialist (Europe)"). The background knows
// pay, names and places; the page does not.
import { comparableWords } from '../text/compare';
import { TITLE_SEPARATOR } from '../text/title-company';
import { parseSalaryText } from './salary';
import { findMentions } from './eligibility/places';
import { refKind } from './eligibility/refs';
import { ROLE_NOUN } from '../text/more-role-words';

const BRACKETED_TAIL = /\s*[([]([^()[\]]{2,60})[)\]]\s*$/;
// What a board or a careers site appends to a heading (Indeed's ends "- job post" for screen readers).
const SITE_PART =
  /^(?:careers?(?: page| site)?|jobs?(?: board| page| post| posting)?|job openings?|job opportunit(?:y|ies)|open positions|vacanc(?:y|ies)|vagas|empleos?|stellenangebote|karriere|carrières?|emplois?|kariera|praca|vacatures?|werken bij.*|trabaja con nosotros|trabalhe conosco|lavora con noi|únete a nosotros|linkedin|indeed)$/i;
// A lead-in before the role: "Job Application for …", "Hiring: …", "We're hiring: …".
const LEAD_IN =
  /^(?:job application for|apply for|(?:we(?:['’]re| are) )?hiring\s*:|vaga\s*:|job\s*:|position\s*:)\s+/i;

// A word saying what the page is, before the role without a colon: "Vacature Medewerker
// Klantenservice", "Stellenangebot Elektriker". Dropped only where a role follows.
const LEAD_WORD = /^(?:vacature|vacancy|stellenangebot|offre d'emploi|oferta de empleo)\s+/i;
// "… WASM renderer #212": an issue tracker's number.
const ISSUE_NUMBER = /\s+#\d+$/;

/** "$150k-$180k", "Bonus USD $2500", "UP TO 6k EUR", "$60/hr", "R$ 8.000 - R$ 12.000". */
function isPayPart(text: string): boolean {
  return text.split(/\s+/).length <= 6 && parseSalaryText(text).length > 0;
}

/** "(Bremen, Deutschland)", "(San Francisco, CA)": an address, a town or province and its country,
 * says where the office is. An area ("(Europe)", "(US, Canada)") names the role's reach and stays. */
function isAddress(text: string): boolean {
  if (!text.includes(',')) return false;
  const places = findMentions(text, { towns: true, lenient: true });
  if (!places.some((m) => refKind(m.ref) === 'sub') || places.some((m) => refKind(m.ref) === 'region'))
    return false;
  const rest = places.reduceRight((t, m) => t.slice(0, m.start) + t.slice(m.end), text);
  return !/\p{L}/u.test(rest);
}

function isAside(part: string, company: string | null): boolean {
  const p = part.trim();
  if (!p) return true;
  if (company && comparableWords(p) === comparableWords(company)) return true;
  return SITE_PART.test(p) || isPayPart(p);
}

/** Brackets still open at `end` of `text`. */
function openBrackets(text: string, end: number): number {
  let depth = 0;
  for (const c of text.slice(0, end)) depth += c === '(' || c === '[' ? 1 : c === ')' || c === ']' ? -1 : 0;
  return depth;
}

/** The heading's parts, split at separators outside brackets ("Payments (Remote - Canada)" is
 * one), each with where it ends, its separator excluded. */
function parts(title: string): { text: string; end: number }[] {
  const out: { text: string; end: number }[] = [];
  let start = 0;
  for (const m of title.matchAll(new RegExp(TITLE_SEPARATOR.source, 'g'))) {
    if (openBrackets(title, m.index) > 0) continue;
    out.push({ text: title.slice(start, m.index), end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ text: title.slice(start), end: title.length });
  return out;
}

// "Virtual assistant for Shopify store, 15-20 hrs/week, $15/hr": pay and hours after a comma.
const HOURS = /^\d+(?:\s*[-–]\s*\d+)?\+?\s*(?:hrs?|hours)\s*(?:\/|per|a)\s*(?:week|wk)$/i;

function withoutCommaFacts(title: string): string {
  let out = title;
  for (let cut = out.lastIndexOf(', '); cut > 0; cut = out.lastIndexOf(', ')) {
    const part = out.slice(cut + 2).trim();
    if (!isPayPart(part) && !HOURS.test(part)) break;
    out = out.slice(0, cut);
  }
  return out;
}

/** The title without the employer, pay or board after it, or a lead-in before it. */
export function cleanTitle(title: string, company: string | null): string {
  const led = title.replace(LEAD_IN, '').replace(ISSUE_NUMBER, '');
  const rest = led.replace(LEAD_WORD, '');
  const whole = rest !== led && ROLE_NOUN.test(rest) ? rest : led;
  const kept = parts(whole);
  while (kept.length > 1 && isAside(kept.at(-1)?.text ?? '', company)) kept.pop();
  let out = withoutCommaFacts(whole.slice(0, kept.at(-1)?.end).trim());
  const tail = BRACKETED_TAIL.exec(out);
  if (tail && tail.index > 0 && (isPayPart(tail[1] ?? '') || isAddress(tail[1] ?? '')))
    out = out.slice(0, tail.index).trim();
  return /\p{L}/u.test(out) ? out : title;
}
