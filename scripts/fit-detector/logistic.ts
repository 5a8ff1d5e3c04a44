// Logistic regression with an L2 penalty, fitted by full-batch gradient descent: a few hundred pages
// and twenty features need nothing more.

export interface Model {
  bias: number;
  weights: number[];
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export const predict = (m: Model, x: readonly number[]): number =>
  sigmoid(m.weights.reduce((sum, w, i) => sum + w * (x[i] ?? 0), m.bias));

export function fit(xs: number[][], ys: number[], { l2 = 0.01, rate = 0.5, steps = 4000 } = {}): Model {
  const n = xs.length;
  const d = xs[0]?.length ?? 0;
  const m: Model = { bias: 0, weights: Array.from({ length: d }, () => 0) };
  // Both classes count the same, whatever their share of the pages.
  const positives = ys.filter((y) => y === 1).length;
  const weightOf = (y: number): number => (y === 1 ? n / (2 * positives) : n / (2 * (n - positives)));
  for (let step = 0; step < steps; step++) {
    const grad = Array.from({ length: d }, () => 0);
    let gradBias = 0;
    xs.forEach((x, i) => {
      const y = ys[i] ?? 0;
      const err = (predict(m, x) - y) * weightOf(y);
      gradBias += err;
      x.forEach((v, j) => (grad[j] = (grad[j] ?? 0) + err * v));
    });
    m.bias -= (rate * gradBias) / n;
    m.weights = m.weights.map((w, j) => w - rate * ((grad[j] ?? 0) / n + l2 * w));
  }
  return m;
}

/** Accuracy over k folds (every k-th page held out in turn). */
export function crossValidate(xs: number[][], ys: number[], l2: number, k = 5): number {
  let right = 0;
  for (let fold = 0; fold < k; fold++) {
    const train = xs.map((_, i) => i).filter((i) => i % k !== fold);
    const test = xs.map((_, i) => i).filter((i) => i % k === fold);
    const m = fit(
      train.map((i) => xs[i] as number[]),
      train.map((i) => ys[i] as number),
      { l2 },
    );
    right += test.filter((i) => (predict(m, xs[i] as number[]) >= 0.5 ? 1 : 0) === ys[i]).length;
  }
  return right / xs.length;
}
