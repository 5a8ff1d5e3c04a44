// A heading that closes with where the job is, in brackets: "Full Stack Developer (Bremen,
// Deutschland)", "Data Engineer [Lisboa]". The place is the location's, not part of the title.
import { findMentions } from './eligibility/places';
import { clean } from '../text/words';

const BRACKETED_TAIL = /\s*[([]([^()[\]]{2,60})[)\]]\s*$/;

/** True when places cover every letter of `text`. */
function onlyPlaces(text: string): boolean {
  const s = clean(text);
  const places = findMentions(s, { lenient: true, towns: true });
  const covered = places.reduce((n, m) => n + (m.end - m.start), 0);
  return places.length > 0 && covered >= s.replace(/[^\p{L}]+/gu, '').length;
}

/** The title without a closing bracket of places; unchanged when the bracket says anything else. */
export function withoutPlaceTail(title: string): string {
  const m = BRACKETED_TAIL.exec(title);
  if (!m || m.index === 0 || !onlyPlaces(m[1] ?? '')) return title;
  return title.slice(0, m.index).trim();
}
