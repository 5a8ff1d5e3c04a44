// Finds places in a sentence: country, subdivision, region and city names and demonyms here; codes
// (US, "Palo Alto, CA", "AZ, CO and TX") in codes.ts.
import {
  AMBIGUOUS,
  CITIES,
  DEMONYMS,
  DEMONYM_NOUNS,
  EXTRA_NAMES,
  REGION_NAMES,
  UNSAFE_SUBDIVISION_NAMES,
} from '../geo/aliases';
import { countryNames, SUBDIVISION_COUNTRIES, subdivisionsOf } from '../geo';
import { DEMONYM_TABLE } from '../geo/demonyms.generated';
import { TOWNS } from '../geo/towns.generated';
import { codeAt, codeLists, siblingCodes, type Hit } from './codes';
import type { Mention, Ref, Via } from './refs';
import { clean, nameKey, tokenize, type Token } from '../../text/words';

interface Entry {
  refs: Ref[];
  via: Via;
}

type Index = Map<string, Entry>;
let index: Index | undefined;
/** First word of a name → most words a name starting with it has: most words start no name at all. */
const firstWords = new Map<string, number>();

function add(idx: Index, names: string, ref: Ref, via: Via): void {
  for (const name of names.split(';')) {
    // Keyed as sentences are read, after `clean`: "U.S. Virgin Islands" is met as "US Virgin Islands".
    const key = nameKey(clean(name));
    // First writer wins: countries are added before subdivisions and cities, so "Puerto Rico" stays PR.
    // A city that is its own state (Berlin, Hamburg) keeps the state but reads as a city.
    const had = idx.get(key);
    if (had && via === 'city' && had.refs[0] === ref) had.via = 'city';
    if (!key || had) continue;
    idx.set(key, { refs: [ref], via });
    const words = key.split(' ');
    firstWords.set(words[0] ?? '', Math.max(firstWords.get(words[0] ?? '') ?? 0, words.length));
  }
}

/** Folded name → places, built on first use from the generated and hand-written tables. */
function buildIndex(): Index {
  const idx: Index = new Map();
  for (const [name, refs] of Object.entries(AMBIGUOUS)) {
    add(idx, name, refs[0] ?? '', 'name');
    idx.set(nameKey(name), { refs, via: 'name' });
  }
  for (const [cc, names] of countryNames()) add(idx, names.join(';'), cc, 'name');
  for (const [names, ref] of Object.entries(REGION_NAMES)) add(idx, names, ref, 'name');
  for (const [ref, names] of Object.entries(EXTRA_NAMES)) add(idx, names, ref, 'name');
  for (const cc of SUBDIVISION_COUNTRIES()) {
    for (const sub of subdivisionsOf(cc)) {
      if (!UNSAFE_SUBDIVISION_NAMES.has(nameKey(sub.name))) add(idx, sub.name, sub.code, 'name');
    }
  }
  for (const [names, ref] of Object.entries(CITIES)) add(idx, names, ref, 'city');
  for (const [cc, names] of Object.entries(TOWNS)) add(idx, names, cc, 'town');
  for (const [names, ref] of Object.entries(DEMONYMS)) add(idx, names, ref, 'demonym');
  // then every country's, from a data package (the hand-written ones above win: plurals, regions)
  for (const row of DEMONYM_TABLE.split('|')) {
    const [name = '', cc = ''] = row.split(':');
    add(idx, name, cc, 'demonym');
  }
  index = idx;
  return idx;
}

export interface FindOptions {
  /** Location fields are short and often lowercase ("remote - canada"): accept lowercase single words. */
  lenient?: boolean;
  /** Read gazetteer towns: only where the page says where the job is (a field, an office sentence). */
  towns?: boolean;
}

/** All places in `text` (already `clean`ed: "U.S." is "US" by then), left to right, longest name first. */
export function findMentions(text: string, opts: FindOptions = {}): Mention[] {
  const idx = index ?? buildIndex();
  const tokens = tokenize(text);
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length;) {
    const hit =
      longestName(idx, text, tokens, i, opts) ??
      elidedName(idx, text, tokens, i) ??
      codeAt(text, tokens, i, out);
    if (hit) out.push(hit.mention);
    i += hit?.words ?? 1;
  }
  const taken = (at: number): boolean => out.some((m) => at >= m.start && at < m.end);
  const listed = [...codeLists(text), ...siblingCodes(text, out)].filter((m) => !taken(m.start));
  return [...out, ...listed].sort((a, b) => a.start - b.start);
}

// "German, Austrian and Swiss residents": demonyms listed before the noun they share.
const LISTED_DEMONYMS = /^(?:(?:\s*[,/]|\s+(?:and|or|&))\s*(?:(?:and|or)\s+)?\p{Lu}[\p{L}-]*){1,6}\s*/u;

/** Whether a demonym says who it is about: a noun right after it, or after the others it lists. */
function demonymOfANoun(after: string): boolean {
  if (DEMONYM_NOUNS.test(after.replace(/^[\s-]+/, ''))) return true;
  const listed = LISTED_DEMONYMS.exec(after);
  return !!listed && DEMONYM_NOUNS.test(after.slice(listed[0].length));
}

function longestName(idx: Map<string, Entry>, text: string, tokens: Token[], i: number, opts: FindOptions) {
  const most = firstWords.get(tokens[i]?.key ?? '') ?? 0;
  for (let n = Math.min(most, tokens.length - i); n >= 1; n--) {
    const span = tokens.slice(i, i + n);
    const entry = idx.get(joinKeys(text, span));
    const first = span[0];
    const last = span[n - 1];
    if (!entry || !first || !last || (entry.via === 'town' && !opts.towns)) continue;
    // A lone lowercase word is prose ("turkey", "chad"), and so is a lowercase town of any length
    // ("a short commute from the city center"), except in a location field.
    const townish = entry.via === 'town' || entry.via === 'city';
    if ((n === 1 || townish) && !opts.lenient && !/^\p{Lu}/u.test(first.raw)) continue;
    if (entry.via === 'demonym' && !demonymOfANoun(text.slice(last.end))) continue;
    // "City of Toronto employees", "University of Toronto": an organisation's name.
    if (
      (entry.via === 'city' || entry.via === 'town') &&
      /\b(?:City|Town|County|University|Port) of\s+(?:the\s+)?$/.test(text.slice(0, first.start))
    ) {
      return null;
    }
    const [ref = '', ...alts] = entry.refs;
    const mention: Mention = { ref, via: entry.via, start: first.start, end: last.end };
    if (alts.length) mention.alts = alts;
    return { mention, words: n } satisfies Hit;
  }
  return null;
}

// "North and South America", "Central and Eastern Europe": a compass word whose noun is written
// once, after the last of them. Each reads as its whole name; the last one is then read as usual.
const COMPASS = new Set([
  'north',
  'south',
  'east',
  'west',
  'central',
  'northern',
  'southern',
  'eastern',
  'western',
  'southeast',
  'northeast',
  'sub',
]);
const JOINED = /^(?:\s*(?:,|&|\/|and|or)\s*)+$/i;

function elidedName(idx: Map<string, Entry>, text: string, tokens: Token[], i: number): Hit | null {
  const first = tokens[i];
  if (!first || !COMPASS.has(first.key) || !/^\p{Lu}/u.test(first.raw)) return null;
  // compass words joined by "and", "or", "&", commas or slashes, then the noun they share
  let last = i;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.key === 'and' || t.key === 'or') continue;
    if (!COMPASS.has(t.key) || !JOINED.test(text.slice(tokens[last]?.end, t.start))) break;
    last = j;
  }
  const noun = tokens[last + 1];
  if (last === i || !noun || /\S/.test(text.slice(tokens[last]?.end, noun.start).trim())) return null;
  const entry = idx.get(`${first.key} ${noun.key}`);
  if (!entry || entry.via !== 'name') return null;
  return { mention: { ref: entry.refs[0] ?? '', via: 'name', start: first.start, end: first.end }, words: 1 };
}

/** Joins token keys; "&" between words reads as "and" (UK & Channel Islands). */
function joinKeys(text: string, span: Token[]): string {
  return span
    .map((t, k) => (k && /[&+]/.test(text.slice(span[k - 1]?.end, t.start)) ? `and ${t.key}` : t.key))
    .join(' ');
}
