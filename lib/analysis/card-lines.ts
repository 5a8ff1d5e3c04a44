import { findMentions } from './eligibility/places';
import { parseSalaryText } from './salary';
import { employmentTypeOf, workplaceOf } from '../model/work-words';
import { clean } from '../text/words';

// A card found from its link comes as lines (lib/page/lists/generic.ts), with nothing saying which
// line is what. A line is a place when it is made of places and the words that go with them
// ("Remote - Canada", "USA Only", "Austin, TX", "🌏 Worldwide"); a line naming anything else ("Acme
// Canada", "Mobile", "Posted 3 days ago") is not, so a company or a category never decides.

/** Words that go with places on a card, and nothing else (folded to lower case). */
const PLACE_WORDS =
  /\b(?:remote(?:ly)?|hybrid|on-?site|in[- ]office|office|anywhere(?: in the world)?|worldwide|global(?:ly)?|only|based|in|from|or|and|to|between|the|of|within|excluding|except|not|time ?zones?|utc|gmt|cet|est|pst|countries|country|region|locations?|fully|first|us-based|eu-based)\b/giu;
/** A line saying where without naming a place. */
const WHERE_WORDS = /\b(?:remote|anywhere|worldwide|global)\b/i;

/** Whether the text is made only of places and the words that go with them. */
export function isPlaceText(text: string): boolean {
  const line = clean(text);
  const found = findMentions(line, { towns: true });
  // a town alone is too often a word ("Mobile", "Reading"): it counts beside a state or a country
  const named = found.some((m) => m.via !== 'town') ? found : [];
  if (!named.length && !WHERE_WORDS.test(line)) return false;
  let rest = line;
  for (const m of [...named].reverse()) rest = rest.slice(0, m.start) + ' ' + rest.slice(m.end);
  return !/\p{L}/u.test(rest.replace(PLACE_WORDS, ' '));
}

/** The card's places: the lines that are places, else the pieces of a line that are. */
export function placesOf(lines: string[][]): string | undefined {
  const places: string[] = [];
  for (const [line = '', ...pieces] of lines) {
    if (isPlaceText(line)) places.push(line);
    else places.push(...pieces.filter(isPlaceText));
  }
  return places.join('; ') || undefined;
}

/** The card's pay: the first piece (or line, where it has no pieces) holding a pay figure. */
export function payOf(lines: string[][]): string | undefined {
  return lines
    .flatMap(([line = '', ...pieces]) => (pieces.length ? pieces : [line]))
    .find((text) => /\d/.test(text) && parseSalaryText(text).length > 0);
}

/** When the card was posted, or what the board says of it ("2 days ago", "New", "Easy Apply"). */
const NOT_A_NAME =
  /\b(?:ago|today|yesterday|just now|new|posted|featured|promoted|sponsored|hiring|apply|applied|viewed|saved|verified|alumni|applicants?|days?|weeks?|months?|hours?|minutes?)\b|^\d/i;

/** The card's employer: the first line (or piece) after the title that is no place, pay, date, job
 * type or badge, and does not repeat the title. */
export function companyOf(lines: string[][], title: string | undefined): string | undefined {
  const seen = title?.toLowerCase();
  for (const [line = '', ...pieces] of lines) {
    for (const text of pieces.length ? pieces : [line]) {
      if (text.length > 60 || !/\p{L}/u.test(text) || (seen && text.toLowerCase().includes(seen))) continue;
      if (NOT_A_NAME.test(text) || isPlaceText(text) || payOf([[text]])) continue;
      if (employmentTypeOf(text) || workplaceOf(text)) continue;
      return text;
    }
  }
  return undefined;
}
