// A quote the panel shows is one or two sentences of the page, a few dozen words at most: a run-on
// passage is cut at clause boundaries around the words that decided, with an ellipsis where it
// was cut. What is kept is the page's own text, so it is still found on the page.

/** The most words a quote keeps. */
export const QUOTE_WORDS = 40;
const ELLIPSIS = '…';

interface Span {
  start: number;
  end: number;
  words: number;
}

const wordsIn = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Clauses of `text`: cut after a sentence's end, a semicolon, a colon or a comma. */
function clauses(text: string): Span[] {
  const spans: Span[] = [];
  const cut = /[.!?;:,](?=\s)/g;
  let start = 0;
  for (let m = cut.exec(text); m; m = cut.exec(text)) {
    const end = m.index + 1;
    spans.push({ start, end, words: wordsIn(text.slice(start, end)) });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length, words: wordsIn(text.slice(start)) });
  return spans.filter((s) => s.words > 0);
}

/** The first clause that names one of `focus`, else the first. */
function focusClause(text: string, spans: Span[], focus: readonly string[]): number {
  const lower = text.toLowerCase();
  const at = focus
    .map((f) => lower.indexOf(f.toLowerCase()))
    .filter((i) => i >= 0)
    .sort((a, b) => a - b)[0];
  return at === undefined
    ? 0
    : Math.max(
        0,
        spans.findIndex((s) => at < s.end),
      );
}

/** `text` as a quote: whole when short, else the clauses around the first of `focus` it names. */
export function quoteOf(text: string, focus: readonly string[] = []): string {
  const clean = text.trim();
  if (wordsIn(clean) <= QUOTE_WORDS) return clean;
  const spans = clauses(clean);
  const focused = focusClause(clean, spans, focus);
  let [from, to] = [focused, focused];
  let words = spans[from]?.words ?? 0;
  // Grow forward first (a rule reads on), then back, a whole clause at a time.
  for (;;) {
    const next = spans[to + 1];
    const prev = spans[from - 1];
    if (next && words + next.words <= QUOTE_WORDS) [to, words] = [to + 1, words + next.words];
    else if (prev && words + prev.words <= QUOTE_WORDS) [from, words] = [from - 1, words + prev.words];
    else break;
  }
  const start = spans[from]?.start ?? 0;
  const end = spans[to]?.end ?? clean.length;
  let body = clean.slice(start, end).trim();
  // One clause longer than a quote: its first words.
  const tooLong = words > QUOTE_WORDS;
  if (tooLong) body = body.split(/\s+/).slice(0, QUOTE_WORDS).join(' ');
  const cutEnd = tooLong || end < clean.length;
  return `${start > 0 ? `${ELLIPSIS} ` : ''}${body.replace(/[,;:]$/, '')}${cutEnd ? ` ${ELLIPSIS}` : ''}`;
}
