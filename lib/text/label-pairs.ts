// A label and its value as pages write them: "Salary: $90k" in one line, or "Salary" then "$90k"
// on the next (dt/dd, th/td). Which words are labels is the caller's: the content script knows the
// English ones (lib/page/extract/labels.ts), the background those of other languages
// (lib/analysis/label-lines.ts).

/** The field a label names, if it is one. */
export type LabelOf<F> = (label: string) => F | undefined;

export interface LabelPair<F> {
  field: F;
  value: string;
  /** The page's words: "Ort: Berlin". */
  evidence: string;
}

const MAX_LABEL = 40;
const MAX_VALUE = 300;
const LABEL_END = /\s*[:：]\s*$/;
const INLINE = /^([^:：]{1,40})[:：]\s*(.+)$/su;

/** The field of the first label pattern matching all of `text` (a trailing colon allowed). */
export function labelIn<F>(labels: readonly (readonly [F, RegExp])[], text: string): F | undefined {
  const label = text.replace(LABEL_END, '').trim();
  if (!label || label.length > MAX_LABEL) return undefined;
  return labels.find(([, re]) => re.test(label))?.[0];
}

/** "Salary: $90k": a label and its value in one line. */
export function inlineLabel<F>(text: string, labelOf: LabelOf<F>): { field: F; value: string } | null {
  const m = INLINE.exec(text.trim());
  const field = m && labelOf(m[1] as string);
  const value = m?.[2]?.trim();
  return field && value && value.length <= MAX_VALUE ? { field, value } : null;
}

/** The label at `texts[i]` and its value, in that line or the next. A label-like word is a value
 * when a label follows it ("Location" / "Remote" / "Job type"). */
export function labelPairAt<F>(
  texts: readonly string[],
  i: number,
  labelOf: LabelOf<F>,
): LabelPair<F> | null {
  const line = (texts[i] ?? '').trim();
  const own = labelOf(line);
  if (own === undefined) {
    const pair = inlineLabel(line, labelOf);
    return pair && { ...pair, evidence: line };
  }
  const next = (texts[i + 1] ?? '').trim();
  if (!next || next.length > MAX_VALUE) return null;
  const after = texts[i + 2];
  if (labelOf(next) !== undefined && !(after && labelOf(after) !== undefined)) return null;
  return { field: own, value: next, evidence: `${line.replace(LABEL_END, '')}: ${next}` };
}
