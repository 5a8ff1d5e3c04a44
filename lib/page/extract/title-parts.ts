import { employmentTypeOf, workplaceOf } from '../work-words';
import { cleanText } from '../../text/repair';
import { ROLE_NOUNS } from '../vocabulary';
import { wordMatcher } from '../words';

// Headings and page titles often pack several facts: "Acme - Senior Python Developer - Remote",
// "[Remoto] Desenvolvedor Java - Acme - Berlin". The segment with a job noun is the title.
export const JOB_NOUN = wordMatcher(ROLE_NOUNS, { plurals: true });

/** A short heading that names a role ("Paid Search Specialist (Europe)") is a posting's title. */
export function namesARole(heading: string): boolean {
  return cleanText(heading).split(' ').length <= 12 && JOB_NOUN.test(heading);
}

const SEPARATOR = /\s+[-–—|]\s+/;
const SEPARATORS = new RegExp(SEPARATOR.source, 'g');

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
  if (square) return { tag: (square[1] ?? square[2] ?? '').trim(), length: square[0].length };
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

/** Split a packed heading into title, company and location, when its segments say which is which. */
export function splitTitle(heading: string): TitleParts {
  const { tags, rest } = leadingTags(heading);
  const whole = rest || heading.trim();
  const segments = whole
    .split(SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
  const at = segments.findIndex((s) => JOB_NOUN.test(s));
  const tagged = tags.length ? { tags } : {};
  // A title that comes first keeps its own dashes ("Senior Engineer - Front End").
  if (segments.length < 2 || at <= 0) return { title: whole, ...tagged };
  const inner = leadingTags(segments[at] as string);
  const before = segments.slice(0, at);
  const after = segments.slice(at + 1);
  const company = before.length === 1 && !workplaceOf(before[0]) ? before[0] : undefined;
  const locationText = after.length ? after.join(' - ') : undefined;
  const allTags = [...tags, ...inner.tags];
  return { title: inner.rest, company, locationText, ...(allTags.length ? { tags: allTags } : {}) };
}

const comparable = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * "Desenvolvedor Java - Sylision", "Acme | Data Engineer": a first or last segment that is the
 * company's own name says who hires, not what the job is.
 */
export function withoutCompany(title: string, company: string): string {
  const name = comparable(company);
  const cuts = [...title.matchAll(SEPARATORS)];
  const first = cuts[0];
  const last = cuts[cuts.length - 1];
  if (!name || !first || !last) return title;
  if (comparable(title.slice(last.index + last[0].length)) === name) return title.slice(0, last.index).trim();
  if (comparable(title.slice(0, first.index)) === name)
    return title.slice(first.index + first[0].length).trim();
  return title;
}
