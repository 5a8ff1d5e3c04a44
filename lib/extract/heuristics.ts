import type { Block } from '../dom/blocks';
import { splitBadges, splitMarker } from '../text/markers';
import { fieldForLabel } from './labels';
import type { Field } from '../types';
import type { Found } from './fields';
import { JOB_NOUN, splitTitle } from './title-parts';
import { workplaceOf } from '../normalize';

const NAME_LIKE = /^[\p{Lu}\p{N}][\p{L}\p{N}&.,'’() -]{0,58}$/u;
const NOT_A_NAME =
  /\b(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|apply|salary|location|posted|ago|jobs?|careers?|home|menu|sign in|log in|back|report|flag)\b/i;

function text(value: string, evidence = value): Field<string> {
  return { value, source: 'text', evidence };
}

// Legal-form suffixes end in a period without ending a sentence.
const LEGAL_FORM =
  /[ ,]+(?:inc|ltd|llc|l\.l\.c|corp|co|gmbh|ag|s\.?a|s\.?l|b\.?v|pvt\.? ltd|pty\.? ltd|plc|oy|ab)\.?$/i;

export function isNameLike(s: string): boolean {
  const sentenceEnd = /[.!?]$/.test(s) && !LEGAL_FORM.test(s);
  return NAME_LIKE.test(s) && s.split(' ').length <= 6 && !NOT_A_NAME.test(s) && !sentenceEnd;
}

/** "League Inc." is written "League" in its own description. */
function coreName(name: string): string {
  return name.replace(LEGAL_FORM, '').trim() || name;
}

/** The posting's heading: the first h1, else the block the page title names. */
function titleBlock(blocks: Block[], docTitle: string): number {
  const h1 = blocks.findIndex((b) => b.tag === 'h1');
  if (h1 >= 0) return h1;
  const wanted = docTitle.trim().toLowerCase();
  return wanted ? blocks.findIndex((b) => b.text.toLowerCase() === wanted) : -1;
}

/** Boards put the company right under the title: the next short, name-like block. */
function companyUnderTitle(blocks: Block[], at: number): string | undefined {
  for (const b of blocks.slice(at + 1, at + 4)) {
    const { text: t, marker } = splitMarker(b.text);
    if (marker || fieldForLabel(t)) return undefined;
    if (isNameLike(t)) return mentionedElsewhere(blocks, at + 4, t) ? t : undefined;
  }
  return undefined;
}

/** Headers put a short location line near the title: "Remote - Spain", "🌎 Hybrid, Berlin". */
function locationUnderTitle(blocks: Block[], at: number): string | undefined {
  for (const b of blocks.slice(at + 1, at + 5)) {
    for (const { text: t, marker } of splitBadges(b.text)) {
      if (marker === 'location') return t;
      if (t.length > 80 || fieldForLabel(t) || marker) continue;
      if (workplaceOf(t) && /[,\-–(]|\bin\b/.test(t)) return t;
    }
  }
  return undefined;
}

/** A real employer's name comes back in the description; a department or city rarely does. */
function mentionedElsewhere(blocks: Block[], from: number, name: string): boolean {
  const needle = coreName(name).toLowerCase();
  return blocks.slice(from).some((b) => b.text.toLowerCase().includes(needle));
}

// Sentences that name the employer ("where Acme is able to hire", "Join Acme", "At Acme, we…").
const COMPANY_PHRASES: RegExp[] = [
  /\bwhere ((?:\p{Lu}[\p{L}\p{N}&.'’-]*)(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,3}) (?:is able to|can) hire\b/u,
  /\b((?:\p{Lu}[\p{L}\p{N}&.'’-]*)(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,3}) is (?:hiring|looking for|seeking)\b/u,
  /\b[Jj]oin ((?:\p{Lu}[\p{L}\p{N}&.'’-]*)(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,3})(?: as|,|!|\.| and| to| in)/u,
  /^At ((?:\p{Lu}[\p{L}\p{N}&.'’-]*)(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,3}),/u,
];
const NOT_COMPANY = /^(?:We|Our|The|This|You|Us|Our Team|The Team|A|An)$/;

function companyInText(blocks: Block[]): Field<string> | undefined {
  for (const b of blocks) {
    for (const re of COMPANY_PHRASES) {
      const m = re.exec(b.text);
      const name = m?.[1];
      if (name && !NOT_COMPANY.test(name)) return text(name, sentenceAround(b.text, m.index));
    }
  }
  return undefined;
}

function sentenceAround(s: string, at: number): string {
  const start = Math.max(s.lastIndexOf('. ', at) + 2, 0);
  const end = s.indexOf('. ', at);
  return s.slice(start === 1 ? 0 : start, end < 0 ? undefined : end + 1).trim();
}

// "We are looking for an AI Software Developer to…": the role named in the opening sentence.
const SOUGHT_ROLE =
  /\b(?:looking for|hiring|seeking) (?:an? |our (?:next|first) )((?:[\p{Lu}][\p{L}\p{N}/&+.#-]*\s?){1,6})/u;

function titleInText(blocks: Block[]): Field<string> | undefined {
  for (const b of blocks.slice(0, 40)) {
    const m = SOUGHT_ROLE.exec(b.text);
    const role = m?.[1]?.trim();
    if (role && JOB_NOUN.test(role)) return text(role, b.text);
  }
  return undefined;
}

/** Last-resort guesses from the visible layout. */
export function fieldsFromText(blocks: Block[], docTitle: string): Found {
  const out: Found = {};
  const at = titleBlock(blocks, docTitle);
  const heading = blocks[at]?.text ?? docTitle.trim();
  const parts = heading ? splitTitle(heading) : undefined;
  const sought = parts ? undefined : titleInText(blocks);
  if (parts) out.title = text(parts.title, heading);
  else if (sought) out.title = sought;
  const under = at >= 0 ? companyUnderTitle(blocks, at) : undefined;
  const company = parts?.company ? text(parts.company, heading) : under ? text(under) : companyInText(blocks);
  if (company) out.company = company;
  const near = at >= 0 ? locationUnderTitle(blocks, at) : undefined;
  if (parts?.locationText) out.locationText = text(parts.locationText, heading);
  else if (near) out.locationText = text(near);
  return out;
}
