// The title names a place as a part of its own: "Senior Engineer (Canada - Remote)", "Engineer -
// Manila, PH", "Jr PR Coordinator. Latin America Only." Such parts count at tier 3, below the location
// field and the body, because titles are also team names ("Customer Success Manager, APAC" for a
// job open in Australia only). "Global Graduate Programme" is a name, not a place.
import type { Reading } from './claims';
import { REMOTE_WORD, WORLDWIDE_FIELD } from './cues';
import { findMentions } from './places';
import { readSentence } from './sentence';
import { clean, tokenize } from '../../text/words';

// Words a location part may have besides places.
const FILLER =
  /^(?:remote(?:ly)?|only|hybrid|onsite|on|site|office|in|the|and|or|based|fully|100|from|within|any|wfh|home|work|first|remoto|remota)$/i;

// A trailing ", Europe" or ", APAC" is usually the territory a role covers ("Head of Sales, EMEA");
// it counts only with "remote" or "only" beside it ("Engineer, Remote US").
const TAIL_MARK = /\b(?:remote|only)\b/i;

function parts(title: string): string[] {
  const inParens = [...title.matchAll(/[([]([^)\]]+)[)\]]/g)].map((m) => m[1] ?? '');
  const rest = title.replace(/[([][^)\]]*[)\]]/g, ' ');
  const pieces = rest.split(/\s[-–—|]\s|[.:]\s+|\s[-–—]|[-–—]\s/);
  const tails = pieces.flatMap((p) =>
    p
      .split(/,\s*/)
      .map((_, i, xs) => xs.slice(i).join(', '))
      .filter((tail, i) => i === 0 || TAIL_MARK.test(tail)),
  );
  return [...inParens, ...tails].map((p) => p.trim()).filter(Boolean);
}

function isLocation(part: string): boolean {
  if (WORLDWIDE_FIELD.test(part)) return REMOTE_WORD.test(part);
  const mentions = findMentions(part, { lenient: true });
  if (!mentions.length) return false;
  const covered = (start: number): boolean => mentions.some((m) => start >= m.start && start < m.end);
  return tokenize(part).every((t) => covered(t.start) || FILLER.test(t.raw));
}

export function readTitle(title: string, r: Reading, remote: boolean): void {
  const part = parts(clean(title)).find(isLocation);
  if (part) readSentence(part, r, { field: true, lenient: true, tier: 3, remote });
}
