// The forms in which two texts are compared, whatever their case, spacing and punctuation.

/** A letter or a digit: the characters a comparison keeps. */
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Words of `s`, lower-cased, one space apart: "Data-Engineer!" and "data engineer" are equal. */
export const comparableWords = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Two headings naming one role compare equal: "Developers" is a heading's plural of "Developer". */
export const comparableRole = (s: string): string => comparableWords(s).replace(/s$/, '');

/** Letters and digits of `text`, each lower-cased: how a quote is looked for in a page's text,
 * whatever its spacing, punctuation or markup (lib/panel/find-text.ts indexes a page the same way). */
export function lettersAndDigits(text: string): string {
  let out = '';
  for (const ch of text) if (LETTER_OR_DIGIT.test(ch)) out += ch.toLowerCase();
  return out;
}
