// What changed in a posting between the description saved and the one seen later: a longest
// common subsequence of words, shown as kept, added and removed runs. Descriptions run to 20 KB
// (about 3 500 words), and the LCS table is words × words, so the work is bounded: the common
// start and end are set aside first (most edits are local), then the table is built only while it
// holds at most MAX_CELLS cells (4 M: 8 MB of Uint16, a few tens of ms); past that the texts are
// compared line by line, and past that again the changed middle is shown as removed then added.

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

export const MAX_CELLS = 4_000_000;

/** A word with the space after it, or a line with its line break. */
type Level = 'word' | 'line';
const TOKEN: Record<Level, RegExp> = { word: /\S+\s*/g, line: /[^\n]*\n|[^\n]+$/g };

/** Tokens compare by their words, so spacing and line breaks alone make no change. */
const keyOf = (token: string): string => token.replace(/\s+/g, ' ').trim();

type Side = { tokens: string[]; ids: Uint32Array };

/** Each side's tokens, and a number per distinct key so the table compares numbers. */
function tokenise(before: string, after: string, level: Level): [Side, Side] {
  const numbers = new Map<string, number>();
  const side = (text: string): Side => {
    const tokens = text.match(TOKEN[level]) ?? [];
    const ids = Uint32Array.from(tokens, (t) => {
      const key = keyOf(t);
      let id = numbers.get(key);
      if (id === undefined) numbers.set(key, (id = numbers.size));
      return id;
    });
    return { tokens, ids };
  };
  return [side(before), side(after)];
}

/** The LCS walk over a[from..toA) and b[from..toB): its parts in order. */
function lcsParts(a: Side, b: Side, start: number, endA: number, endB: number): DiffPart[] {
  const n = endA - start;
  const m = endB - start;
  const width = m + 1;
  // table[i * width + j]: the LCS length of a[start+i..endA) and b[start+j..endB); it is at most
  // min(n, m) ≤ √MAX_CELLS, so 16 bits hold it.
  const table = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i * width + j] =
        a.ids[start + i] === b.ids[start + j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a.ids[start + i] === b.ids[start + j]) {
      parts.push({ kind: 'same', text: b.tokens[start + j++]! });
      i++;
    } else if (j >= m || (i < n && table[(i + 1) * width + j]! >= table[i * width + j + 1]!))
      parts.push({ kind: 'removed', text: a.tokens[start + i++]! });
    else parts.push({ kind: 'added', text: b.tokens[start + j++]! });
  }
  return parts;
}

/** Adjacent parts of one kind as one. */
function joined(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last?.kind === part.kind) last.text += part.text;
    else if (part.text) out.push({ ...part });
  }
  return out;
}

/** The diff at one level, or null when its changed middle is too large for the table. */
function diffAt(before: string, after: string, level: Level, force: boolean): DiffPart[] | null {
  const [a, b] = tokenise(before, after, level);
  let start = 0;
  while (start < a.ids.length && start < b.ids.length && a.ids[start] === b.ids[start]) start++;
  let endA = a.ids.length;
  let endB = b.ids.length;
  while (endA > start && endB > start && a.ids[endA - 1] === b.ids[endB - 1]) {
    endA--;
    endB--;
  }
  const cells = (endA - start + 1) * (endB - start + 1);
  if (cells > MAX_CELLS && !force) return null;
  const middle =
    cells > MAX_CELLS
      ? [
          { kind: 'removed' as const, text: a.tokens.slice(start, endA).join('') },
          { kind: 'added' as const, text: b.tokens.slice(start, endB).join('') },
        ]
      : lcsParts(a, b, start, endA, endB);
  return joined([
    { kind: 'same', text: b.tokens.slice(0, start).join('') },
    ...middle,
    { kind: 'same', text: b.tokens.slice(endB).join('') },
  ]);
}

/** What changed from `before` to `after`, word by word (line by line, or coarser, for huge edits). */
export function diffTexts(before: string, after: string): DiffPart[] {
  return diffAt(before, after, 'word', false) ?? diffAt(before, after, 'line', true) ?? [];
}
