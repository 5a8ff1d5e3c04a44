// Text plumbing: a comparable form of words, tokens with offsets, sentences.

/** Lowercase, accents and apostrophe styles folded, so "Québec", "QUEBEC" and "Quebec" compare equal. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase();
}

export interface Token {
  /** As written (case matters for codes such as US or CA). */
  raw: string;
  /** Folded. */
  key: string;
  start: number;
  end: number;
}

// A word, or one of several words a page glued together when it dropped the spaces between
// elements ("United StatesGermanyUnited Kingdom"). Short humps stay whole: LatAm, McDonald, LinkedIn.
const WORD = /[\p{L}\p{N}]+?(?=\p{Lu}\p{Ll}{2})(?<=\p{Ll}{3})|[\p{L}\p{N}]+/gu;

export function tokenize(s: string): Token[] {
  return [...s.matchAll(WORD)].map((m) => ({
    raw: m[0],
    key: fold(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The folded words of a name, joined: the key names are indexed and looked up by. */
export const nameKey = (s: string): string =>
  tokenize(s.replace(/&/g, ' and '))
    .map((t) => t.key)
    .join(' ');

/**
 * Dotted abbreviations become plain codes before anything else reads the text, so "U.S." is one
 * token and its dots do not end a sentence. Characters that only decorate (emoji, zero-width
 * spaces, mis-decoded UTF-8 bytes) become spaces.
 */
export function clean(s: string): string {
  return s
    .replace(/\bU\.\s?S\.\s?A\.?(?![\p{L}])/gu, 'USA')
    .replace(/\bU\.\s?S\.?(?![\p{L}])/gu, 'US')
    .replace(/\bU\.\s?K\.?(?![\p{L}])/gu, 'UK')
    .replace(/\bU\.\s?A\.\s?E\.?(?![\p{L}])/gu, 'UAE')
    .replace(/\bE\.\s?U\.?(?![\p{L}])/gu, 'EU')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(
      /\p{Extended_Pictographic}|[\u00c2-\u00f0][\u0080-\u00bf\u0152-\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]+/gu,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

// Abbreviations whose period does not end a sentence.
const ABBREV = /\b(?:e\.g|i\.e|etc|vs|approx|incl|excl|exc|St|Mr|Mrs|Ms|Dr|Inc|Ltd|Co|Jr|Sr|No|Ave|Blvd)\.$/i;

/** Splits a block into sentences on . ! ? and bullets; keeps abbreviations and decimals intact. */
export function sentences(block: string): string[] {
  const out: string[] = [];
  for (const part of clean(block).split(/\s[•·▪◦]\s|\n+/)) {
    let start = 0;
    for (const m of part.matchAll(/[.!?]+["”’)]?\s+(?=[^\s\p{Ll}])/gu)) {
      const end = m.index + m[0].trimEnd().length;
      if (ABBREV.test(part.slice(start, end))) continue;
      out.push(part.slice(start, end).trim());
      start = m.index + m[0].length;
    }
    out.push(part.slice(start).trim());
  }
  return out.filter((s) => /\p{L}/u.test(s));
}
