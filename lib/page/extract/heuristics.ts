import type { Block } from '../blocks';
import { splitBadges, splitMarker } from '../../text/markers';
import { fieldForLabel } from './labels';
import { comparableWords } from '../../text/compare';
import type { Field } from '../../model/types';
import type { Found } from '../../model/fields';
import { JOB_NOUN, splitTitle, type TitleParts } from './title-parts';
import { employmentTypeOf, workplaceOf } from '../../model/work-words';

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

// "Developers" is a heading's plural of the role
const comparable = (s: string): string => comparableWords(s).replace(/s$/, '');

/** Boards put the company right under the title: the next short, name-like block, when the
 * description names it again or the board's chips (pay, place: "💰 …", "🌎 …") follow it, as in a
 * posting's header card. */
function companyUnderTitle(blocks: Block[], at: number, title: string): string | undefined {
  for (let i = at + 1; i < Math.min(blocks.length, at + 4); i++) {
    const { text: t, marker } = splitMarker((blocks[i] as Block).text);
    if (marker || fieldForLabel(t)) return undefined;
    if (comparable(t) === comparable(title)) continue; // the heading said again, as feeds do
    if (isNameLike(t)) return mentionedElsewhere(blocks, at + 4, t) || chipsAfter(blocks, i) ? t : undefined;
  }
  return undefined;
}

/** `i` is a subheading and the block after it a line of the board's chips ("💰 65k-95k USD",
 * "🌎 Poland"): a header card's company line. */
function chipsAfter(blocks: Block[], i: number): boolean {
  const next = blocks[i + 1]?.text;
  return /^h[2-6]$/.test(blocks[i]?.tag ?? '') && !!next && splitBadges(next).some((b) => b.marker);
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

/**
 * ".Net Developers" over "Brandintelle Services - .Net Developer - Remote/India": a posting that
 * restates its heading with the facts packed in says who hires and where, in its own words.
 */
function restatedUnder(
  blocks: Block[],
  at: number,
  title: string,
): { parts: TitleParts; line: string } | undefined {
  for (const b of blocks.slice(at + 1, at + 4)) {
    const parts = splitTitle(b.text);
    if (parts.company && comparable(parts.title) === comparable(title)) return { parts, line: b.text };
  }
  return undefined;
}

/** The heading's facts: its own segments, or the packed line that restates it. */
function headingParts(blocks: Block[], at: number, heading: string): { parts: TitleParts; line: string } {
  const own = splitTitle(heading);
  const restated = own.company || at < 0 ? undefined : restatedUnder(blocks, at, own.title);
  return restated ?? { parts: own, line: heading };
}

/** "[Remoto]", "(Contract)": a heading's tags name the workplace or the type, nothing else. */
function fromTags(tags: string[] | undefined, heading: string): Found {
  const out: Found = {};
  for (const tag of tags ?? []) {
    if (!out.workplace && workplaceOf(tag)) out.workplace = text(tag, heading);
    if (!out.employmentType && employmentTypeOf(tag)) out.employmentType = text(tag, heading);
  }
  return out;
}

/** Last-resort guesses from the visible layout; `at` is the heading's block when the caller knows it. */
export function fieldsFromText(blocks: Block[], docTitle: string, at = titleBlock(blocks, docTitle)): Found {
  const heading = blocks[at]?.text ?? docTitle.trim();
  const { parts, line } = heading ? headingParts(blocks, at, heading) : { parts: undefined, line: '' };
  const out: Found = parts ? fromTags(parts.tags, heading) : {};
  const sought = parts ? undefined : titleInText(blocks);
  if (parts) out.title = text(parts.title, line);
  else if (sought) out.title = sought;
  const under = at >= 0 && parts ? companyUnderTitle(blocks, at, parts.title) : undefined;
  // (a company named only in the prose is read in the background: lib/analysis/company-in-text.ts)
  // "607 - Web Developer": a heading's part with no letter is a number, not an employer.
  const named = parts?.company && /\p{L}/u.test(parts.company) ? parts.company : undefined;
  const company = named ? text(named, line) : under ? text(under) : undefined;
  if (company) out.company = company;
  const near = at >= 0 ? locationUnderTitle(blocks, at) : undefined;
  if (parts?.locationText) out.locationText = text(parts.locationText, line);
  else if (near) out.locationText = text(near);
  return out;
}
