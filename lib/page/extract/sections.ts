import type { Block } from '../blocks';
import type { SeveralPostings } from '../../model/reading';
import { APPLY_LABEL } from '../../text/apply-words';
import { namesARole } from '../../text/role-words';

// A careers page may hold several full postings one after another, each under its own role
// heading with its own sections and its own Apply ("Software Engineer · What you'll work on ·
// Your background · Apply", then "Sales Engineer · …"). A reader arriving there reads the one in
// view, else the first, and the panel names the others; that posting's sections are its body, the
// others' are not. The rows of a list have no sections of their own, so they never qualify.

/** Subheadings a role needs under it to be a posting rather than an entry of an index. */
const MIN_SUBHEADINGS = 2;
const APPLY_MAX = 40;

export interface PostingSection {
  /** The chosen posting's blocks, from its section heading to the next posting. */
  blocks: Block[];
  /** Where its role heading is in `blocks`. */
  heading: number;
  /** Its role heading and the other postings', in page order. */
  names: SeveralPostings;
}

const level = (b: Block | undefined): number => Number(/^h([1-6])$/.exec(b?.tag ?? '')?.[1] ?? 0);

/** The page cut at every heading of `depth` or above (h2 for 2); what precedes the first is dropped. */
function cutAt(blocks: Block[], depth: number): Block[][] {
  const parts: Block[][] = [];
  for (const b of blocks) {
    const l = level(b);
    if (l >= 1 && l <= depth) parts.push([b]);
    else parts[parts.length - 1]?.push(b);
  }
  return parts;
}

/** The role heading among the headings a section opens with ("Sales", then "DevOps Sales Engineer"). */
function roleHeading(section: Block[]): number {
  for (let i = 0; i < section.length && level(section[i]); i++)
    if (namesARole((section[i] as Block).text)) return i;
  return -1;
}

function isFullPosting(section: Block[], at: number): boolean {
  const own = level(section[at]);
  const subheadings = section.slice(at + 1).filter((b) => level(b) > own).length;
  const applies = section.some((b) => b.text.length <= APPLY_MAX && APPLY_LABEL.test(b.text));
  return subheadings >= MIN_SUBHEADINGS && applies;
}

/** Which of a page's postings to read, given their role headings in page order: the one the user
 * picked, or the one in view; null for the first. */
export type ChoosePosting = (names: readonly string[]) => string | null;

/** One of several full postings on one page: the one `choose` names, else the first; undefined for
 * a page of one posting, or of none. */
export function oneOfSeveralPostings(blocks: Block[], choose?: ChoosePosting): PostingSection | undefined {
  if (blocks.some((b) => b.tag === 'h1' && namesARole(b.text))) return undefined;
  for (const depth of [2, 3]) {
    const postings = cutAt(blocks, depth)
      .map((section) => ({ blocks: section, heading: roleHeading(section) }))
      .filter((p) => p.heading >= 0 && isFullPosting(p.blocks, p.heading));
    if (postings.length < 2) continue;
    const name = (p: (typeof postings)[number]): string => (p.blocks[p.heading] as Block).text;
    const chosen = choose?.(postings.map(name));
    const pick = postings.find((p) => name(p) === chosen) ?? (postings[0] as (typeof postings)[number]);
    return { ...pick, names: { read: name(pick), others: postings.filter((p) => p !== pick).map(name) } };
  }
  return undefined;
}
