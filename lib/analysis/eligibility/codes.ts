// Codes in running text: the few safe ones (US, UK, EU…), state or province codes after a place
// ("Palo Alto, CA", "Toronto, ON, CA"), and runs of state codes ("AZ, CO, FL and TX").
import { CODE_TOKENS } from '../geo/aliases';
import { isCountryCode, isSubdivisionCode } from '../geo';
import { isSiteMention, refCountry, refKind, type Mention, type Ref } from './refs';
import type { Token } from '../../text/words';

export interface Hit {
  mention: Mention;
  words: number;
}

// In ALL-CAPS text "US" after these words is the pronoun ("JOIN US").
const PRONOUN_BEFORE =
  /^(?:JOIN|WITH|CONTACT|ABOUT|TELL|HELP|EMAIL|CALL|LET|GIVE|SEND|FOLLOW|VISIT|MEET|OF|FOR|TO|BY)$/;

export function codeAt(text: string, tokens: Token[], i: number, found: Mention[]): Hit | null {
  const t = tokens[i];
  if (!t) return null;
  // Own entries only: "constructor" or "valueOf" in a page must not find Object.prototype's.
  const ref = Object.hasOwn(CODE_TOKENS, t.raw) ? CODE_TOKENS[t.raw] : undefined;
  if (ref) {
    const before = tokens[i - 1]?.raw ?? '';
    if (t.raw === 'US' && PRONOUN_BEFORE.test(before)) return null;
    return { mention: { ref, via: 'code', start: t.start, end: t.end }, words: 1 };
  }
  const addr = addressCode(text, tokens, i, found);
  if (!addr) return null;
  // a country listed after a country ("UK/IE", "UK, IE, NL") is one more of the list, not an address
  const last = found.at(-1);
  const listed =
    refKind(addr) === 'country' && !!last && refKind(last.ref) === 'country' && !isSiteMention(last);
  return { mention: { ref: addr, via: listed ? 'code' : 'address', start: t.start, end: t.end }, words: 1 };
}

// Three-letter codes postings write for North American countries beside "US" ("US/CAN/MEX").
const ALPHA3: Record<string, string> = { CAN: 'CA', MEX: 'MX', USA: 'US' };

// Countries whose state/province abbreviations follow a city ("Austin, TX", "Toronto, ON", "Sydney
// NSW"). An abbreviation two of them share is the US state (WA) or, without the US, not read (NT).
const ADDRESS_COUNTRIES = ['US', 'CA', 'AU'];

/**
 * A 2–3 letter code written after "Place, " is a state, province or country: "Palo Alto, CA",
 * "Toronto, ON, CA", "Manila, PH". The place before it settles clashes (CA after ON is Canada).
 */
function addressCode(text: string, tokens: Token[], i: number, found: Mention[]): Ref | null {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev || !/^[A-Z]{2,3}$/.test(t.raw)) return null;
  const gap = text.slice(prev.end, t.start);
  const last = found.at(-1);
  const afterPlace = last !== undefined && last.end === prev.end;
  // Brazil writes the state after a slash: "Curitiba / PR", "Jaú/SP". After a place we know, or a
  // capitalised word with a Portuguese letter (a small town): "Marketing/PR" is no state.
  // "UK/IE", "US/CAN": after a country, a slash lists another
  if (/^\s*\/\s*$/.test(gap) && afterPlace && refKind(last.ref) === 'country' && last.via === 'code')
    return isCountryCode(t.raw) ? t.raw : (ALPHA3[t.raw] ?? null);
  if (/^\s*\/\s*$/.test(gap))
    return afterPlace || /^\p{Lu}.*[^\p{ASCII}]/u.test(prev.raw) ? brazilianState(t.raw) : null;
  if (!/^\s*,\s*$/.test(gap) && !(afterPlace && /^\s+$/.test(gap))) return null;
  // a zone in a pair of zones: "US, ET/CT" is Eastern and Central time, not Ethiopia
  if (/^\/[A-Z]{1,3}T\b/.test(text.slice(t.end)) || /[A-Z]T\/$/.test(text.slice(0, t.start))) return null;
  if (afterPlace) {
    const fromPlace = codeAfterPlace(last, t.raw);
    if (fromPlace) return fromPlace;
    // after a country, a list of countries: "Remote (UK, IE, NL)" is the Netherlands, not Newfoundland
    if (refKind(last.ref) === 'country' && last.via !== 'city' && last.via !== 'town' && isCountryCode(t.raw))
      return t.raw;
  }
  // Another code or an ALL-CAPS word before the comma is a list of acronyms ("GCP, IT"), not an address.
  if (!afterPlace && (!/^\p{Lu}/u.test(prev.raw) || prev.raw === prev.raw.toUpperCase())) return null;
  const sub = ADDRESS_COUNTRIES.map((cc) => `${cc}-${t.raw}`).filter(isSubdivisionCode);
  if (sub[0] && (sub.length === 1 || sub[0].startsWith('US'))) {
    // "Vancouver, WA" or "London, ON": the written state beats the city table's guess.
    if (last && afterPlace && (last.via === 'city' || last.via === 'town')) last.ref = sub[0];
    return sub[0];
  }
  // A bare country code only after a place we know: "Python, ML" is not Mali.
  return afterPlace && isCountryCode(t.raw) ? t.raw : null;
}

function brazilianState(code: string): Ref | null {
  const ref = `BR-${code}`;
  return code.length === 2 && isSubdivisionCode(ref) ? ref : null;
}

function codeAfterPlace(place: Mention, code: string): Ref | null {
  const cc = refCountry(place.ref);
  if (!cc) return null;
  if (code === cc) return cc;
  if (place.ref === `${cc}-${code}`) return place.ref;
  return null;
}

// A code joined to a state or province by "or", "and", a comma or a slash: "NSW or Victoria",
// "Queensland or WA". It is a subdivision of the same country where that country has one.
const JOIN = String.raw`\s*(?:,|/|&|\bor\b|\band\b)\s*`;
const CODE_BEFORE = new RegExp(String.raw`\b([A-Z]{2,3})${JOIN}$`);
const CODE_AFTER = new RegExp(String.raw`^${JOIN}([A-Z]{2,3})\b`);

export function siblingCodes(text: string, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of found.filter((f) => refKind(f.ref) === 'sub')) {
    const cc = refCountry(m.ref) as string;
    const before = CODE_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start));
    const after = CODE_AFTER.exec(text.slice(m.end, m.end + 12));
    if (before?.[1] && isSubdivisionCode(`${cc}-${before[1]}`)) {
      const start = text.lastIndexOf(before[1], m.start);
      out.push({ ref: `${cc}-${before[1]}`, via: 'code', start, end: start + before[1].length });
    }
    if (after?.[1] && isSubdivisionCode(`${cc}-${after[1]}`)) {
      const start = m.end + after[0].length - after[1].length;
      out.push({ ref: `${cc}-${after[1]}`, via: 'code', start, end: start + after[1].length });
    }
  }
  return out;
}

// "AZ, CO, FL and TX": a run of two-letter codes.
const CODE_RUN = /\b[A-Z]{2}(?:\s*(?:,|&|\/|\band\b|\bor\b)\s*(?:and\s+|or\s+)?[A-Z]{2}\b)+/g;
const LIST_HINT: Record<string, RegExp> = {
  US: /\b(?:states?|US|USA|United States)\b/,
  CA: /\b(?:provinces?|territories|Canada)\b/,
};

/**
 * A run of codes that are all states of one country is a list of those states when there are three
 * or more, or when the sentence says "states" or names the country: "in AZ, CO, FL and TX".
 */
export function codeLists(text: string): Mention[] {
  const out: Mention[] = [];
  for (const run of text.matchAll(CODE_RUN)) {
    const codes = [...run[0].matchAll(/[A-Z]{2}/g)];
    const cc = Object.keys(LIST_HINT).find((c) => codes.every((m) => isSubdivisionCode(`${c}-${m[0]}`)));
    if (!cc || (codes.length < 3 && !LIST_HINT[cc]?.test(text))) continue;
    for (const m of codes) {
      const start = run.index + m.index;
      out.push({ ref: `${cc}-${m[0]}`, via: 'code', start, end: start + 2 });
    }
  }
  return out;
}
