import type { Field } from '../model/types';
import type { Found } from '../model/fields';
import { employmentTypeOf, workplaceOf } from '../model/work-words';
import { comparableRole as comparable } from '../text/compare';
import { isNameLike } from '../text/company-name';
import { splitTitle, type TitleParts } from './title-parts';

// The page sends a heading as written ("[Remoto] Desenvolvedor Java - Acme - Berlin"), or og:title
// when it found no heading. Here the role is told from the employer, the place and the tags packed
// around it. The heading's employer and place outrank what the page guessed from the lines near the
// heading (both are read off the layout), never what a label, the data or the site's name said.

/** Lines under the heading that may restate it with its facts packed in. */
const RESTATING_LINES = 3;

/** ".Net Developers" over "Brandintelle Services - .Net Developer - Remote/India": a posting that
 * restates its heading with the facts packed in says who hires and where, in its own words. */
function restated(header: readonly string[], title: string): { parts: TitleParts; line: string } | undefined {
  for (const line of header.slice(0, RESTATING_LINES)) {
    const parts = splitTitle(line);
    if (parts.company && comparable(parts.title) === comparable(title)) return { parts, line };
  }
  return undefined;
}

const fromLine = (value: string, line: string): Field<string> => ({ value, source: 'text', evidence: line });

/** A field the page left empty or guessed from the layout. */
const open = (f: Field<string> | undefined): boolean => !f || f.source === 'text';

/** "[Remoto]", "(Contract)": a heading's tags name the workplace or the type, nothing else. */
function fromTags(fields: Found, tags: readonly string[], heading: string): Found {
  const out = { ...fields };
  for (const tag of tags) {
    if (!out.workplace && workplaceOf(tag)) out.workplace = fromLine(tag, heading);
    if (!out.employmentType && employmentTypeOf(tag)) out.employmentType = fromLine(tag, heading);
  }
  return out;
}

/** The fields with the page's heading split: its role as the title, and the employer, place and
 * tags packed around it where nothing stronger named them. */
export function withHeadingParts(fields: Found, header: readonly string[]): Found {
  const { title } = fields;
  if (!title || (title.source !== 'text' && title.source !== 'meta')) return fields;
  const own = splitTitle(title.value);
  const out: Found = { ...fields, title: { ...title, value: own.title || title.value } };
  // og:title gives its role only; its other parts are the site's way of naming pages
  if (title.source !== 'text') return out;
  const again = own.company ? undefined : restated(header, own.title);
  const { parts, line } = again ?? { parts: own, line: title.evidence };
  if (again) out.title = fromLine(again.parts.title, again.line);
  // "607 - Web Developer": a heading's part with no letter is a number, not an employer.
  const named = parts.company && /\p{L}/u.test(parts.company) && isNameLike(parts.company);
  if (named && open(fields.company)) out.company = fromLine(parts.company as string, line);
  if (parts.locationText && open(fields.locationText)) out.locationText = fromLine(parts.locationText, line);
  return fromTags(out, own.tags ?? [], title.evidence);
}
