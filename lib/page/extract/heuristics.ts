import type { Block } from '../blocks';
import { splitBadges, splitMarker } from '../../text/markers';
import { fieldForLabel } from './labels';
import { comparableRole as comparable } from '../../text/compare';
import type { Field } from '../../model/types';
import type { Found } from '../../model/fields';
import { JOB_NOUN, namesARole } from '../../text/role-words';
import { workplaceOf } from '../../model/work-words';
import { coreName, isNameLike } from '../../text/company-name';

function text(value: string, evidence = value): Field<string> {
  return { value, source: 'text', evidence };
}

/** The posting's heading: the first h1, else the block the page title names. */
function titleBlock(blocks: Block[], docTitle: string): number {
  const h1 = blocks.findIndex((b) => b.tag === 'h1');
  // "Careers at Acme" over "Senior Data Engineer": a page's own h1 above the posting's heading
  const role = blocks.findIndex((b) => /^h[1-3]$/.test(b.tag) && namesARole(b.text));
  if (h1 >= 0 && !namesARole((blocks[h1] as Block).text) && role > h1) return role;
  if (h1 >= 0) return h1;
  const wanted = docTitle.trim().toLowerCase();
  return wanted ? blocks.findIndex((b) => b.text.toLowerCase() === wanted) : -1;
}

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

/** Last-resort guesses from the visible layout; `at` is the heading's block when the caller knows it.
 * The heading goes as written: the background tells its role from the employer, the place and the
 * tags packed into it (lib/analysis/heading.ts), and reads a restated line among the header's. */
export function fieldsFromText(blocks: Block[], docTitle: string, at = titleBlock(blocks, docTitle)): Found {
  const heading = blocks[at]?.text ?? docTitle.trim();
  const out: Found = {};
  const title = heading ? text(heading) : titleInText(blocks);
  if (title) out.title = title;
  // (a company named only in the prose is read in the background: lib/analysis/company-in-text.ts)
  const under = at >= 0 && heading ? companyUnderTitle(blocks, at, heading) : undefined;
  if (under) out.company = text(under);
  const near = at >= 0 ? locationUnderTitle(blocks, at) : undefined;
  if (near) out.locationText = text(near);
  return out;
}
