// A hand-written, single-pass tokeniser. Each character is looked at a bounded number of
// times, so tokenising is linear in the input however hostile it is (no regular expressions
// over the input as a whole, only single-character class tests).
import { wordSet } from './lists';

export type TokenKind = 'num' | 'word' | 'sym' | 'punct';

export interface Token {
  kind: TokenKind;
  /** As written. */
  text: string;
  /** Lower-cased text, for vocabulary look-ups. */
  lower: string;
  /** Offsets into the tokenised string. */
  start: number;
  end: number;
  /** Whitespace separates this token from the one before. */
  spaced: boolean;
}

/** Characters that are a currency sign on their own. */
const SIGNS = '$€£¥₹₩₪₽₺₱₦฿₫₴₸₡₲₼₾円元';
/** Separators allowed inside a written number ("1,000", "1.000", "1'000", "1 000"). */
const GROUP_MARKS = ",.'’";
const SPACE_GROUP_MARKS = ' \u00a0\u202f\u2009';
const SIGN_PREFIXES: Record<string, Set<string>> = {
  $: wordSet('US U USD C CA CAD CAN A AU AUD NZ NZD HK HKD S SG SGD MX MXN NT R'),
  '¥': wordSet('CN JP RMB'),
  '£': wordSet('E'),
};
const LETTER = /\p{L}|\p{M}/u;

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isSpace(ch: string): boolean {
  return (
    ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || SPACE_GROUP_MARKS.includes(ch)
  );
}

function isLetter(ch: string): boolean {
  if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) return true;
  return ch > '\u007f' && !SIGNS.includes(ch) && LETTER.test(ch);
}

/** True when text[at..] is exactly three digits not followed by a fourth. */
function threeDigitsAt(text: string, at: number): boolean {
  return isDigit(text[at]) && isDigit(text[at + 1]) && isDigit(text[at + 2]) && !isDigit(text[at + 3]);
}

/** End of the number that starts at `at`: digits with inner grouping or decimal marks. */
function scanNumber(text: string, at: number, end: number): number {
  let i = at;
  let groupLength = 0;
  while (i < end) {
    const ch = text[i] as string;
    if (isDigit(ch)) {
      i++;
      groupLength++;
    } else if (GROUP_MARKS.includes(ch) && i + 1 < end && isDigit(text[i + 1])) {
      i++;
      groupLength = 0;
    } else if (
      SPACE_GROUP_MARKS.includes(ch) &&
      groupLength <= 3 &&
      i + 3 < end &&
      threeDigitsAt(text, i + 1)
    ) {
      // "45 000" is one number, but "2024 500" is not: a space only groups thousands.
      i++;
      groupLength = 0;
    } else break;
  }
  return i;
}

function scanLetters(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && isLetter(text[i] as string)) i++;
  return i;
}

/** A word written straight before some signs makes them specific: "CA$", "R$", "CN¥", "E£". */
function kindOfWordAt(
  text: string,
  start: number,
  stop: number,
  end: number,
): { kind: TokenKind; stop: number } {
  const sign = stop < end ? text[stop] : undefined;
  const prefixes = sign === undefined ? undefined : SIGN_PREFIXES[sign];
  return prefixes?.has(text.slice(start, stop).toUpperCase())
    ? { kind: 'sym', stop: stop + 1 }
    : { kind: 'word', stop };
}

/** Tokens of text[from..to). Whitespace is dropped but remembered as `spaced`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let spaced = false;
  while (i < to) {
    const ch = text[i] as string;
    if (isSpace(ch)) {
      spaced = true;
      i++;
      continue;
    }
    let kind: TokenKind;
    let stop: number;
    if (isDigit(ch)) {
      kind = 'num';
      stop = scanNumber(text, i, to);
    } else if (SIGNS.includes(ch)) {
      kind = 'sym';
      stop = i + 1;
    } else if (isLetter(ch)) {
      ({ kind, stop } = kindOfWordAt(text, i, scanLetters(text, i, to), to));
    } else {
      kind = 'punct';
      stop = i + 1;
    }
    const t = text.slice(i, stop);
    const lower = kind === 'word' || kind === 'sym' ? t.toLowerCase() : t;
    tokens.push({ kind, text: t, lower, start: i, end: stop, spaced });
    spaced = false;
    i = stop;
  }
  return tokens;
}
