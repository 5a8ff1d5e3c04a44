// A word list as one matcher (lib/page/vocabulary.ts, lib/text/role-words.ts): Latin-script words match at word edges, CJK words anywhere. Used on
// page text capped by the caller, so the cost is one pass per list.

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export interface WordMatcher {
  /** How many different words of the list the text holds. */
  distinct(text: string): number;
  test(text: string): boolean;
}

/** `plurals`: a Latin word also matches with -s or -es ("Developers"), and German's feminine -in and
 * -innen ("Entwicklerin"). */
export function wordMatcher(
  words: readonly string[],
  { atStart = false, plurals = false } = {},
): WordMatcher {
  const latin = words.filter((w) => !CJK.test(w)).map(escape);
  const cjk = words.filter((w) => CJK.test(w)).map(escape);
  const start = atStart ? '^\\s*' : '(?<![\\p{L}\\p{N}])';
  const parts = [
    latin.length
      ? `${start}(?:${latin.join('|')})${plurals ? '(?:e?s|in(?:nen)?)?' : ''}(?![\\p{L}\\p{N}])`
      : '',
    cjk.length ? `${atStart ? '^\\s*' : ''}(?:${cjk.join('|')})` : '',
  ].filter(Boolean);
  const source = parts.join('|') || '(?!)';
  const once = new RegExp(source, 'iu');
  const all = new RegExp(source, 'giu');
  return {
    test: (text) => once.test(text),
    distinct: (text) => new Set([...text.matchAll(all)].map((m) => m[0].trim().toLowerCase())).size,
  };
}
