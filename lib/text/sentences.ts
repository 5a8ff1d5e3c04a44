// Sentence boundaries, found in one pass. A sentence is also the evidence shown for a salary,
// so overlong runs (no punctuation in kilobytes of text) are cut to keep both bounded.

export interface Segment {
  start: number;
  end: number;
}

/** Longer sentences are cut at a space, or anywhere past HARD_LIMIT. */
const SOFT_LIMIT = 400;
const HARD_LIMIT = 600;

function isUpperStart(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0';
}

/** ".", "!" or "?" then spaces then a capital letter ends a sentence ("p.a. Plus" too). */
function sentenceEndAt(text: string, i: number): number {
  const ch = text[i];
  if (ch !== '.' && ch !== '!' && ch !== '?') return -1;
  let j = i + 1;
  if (!isBlank(text[j])) return -1;
  while (isBlank(text[j])) j++;
  return isUpperStart(text[j]) ? j : -1;
}

function trimmed(text: string, start: number, end: number): Segment | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  return e > s ? { start: s, end: e } : null;
}

export function splitSentences(text: string): Segment[] {
  const out: Segment[] = [];
  const push = (start: number, end: number): void => {
    const seg = trimmed(text, start, end);
    if (seg) out.push(seg);
  };
  let start = 0;
  let lastSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\n' || ch === '\r') {
      push(start, i);
      start = i + 1;
      continue;
    }
    const next = sentenceEndAt(text, i);
    if (next >= 0) {
      push(start, i + 1);
      start = next;
      i = next - 1;
      continue;
    }
    if (isBlank(ch)) lastSpace = i;
    const length = i - start;
    if (length >= HARD_LIMIT || (length >= SOFT_LIMIT && lastSpace === i)) {
      const cut = lastSpace > start ? lastSpace : i;
      push(start, cut);
      start = cut;
    }
  }
  push(start, text.length);
  return out;
}
