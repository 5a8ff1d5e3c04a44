import { describe, expect, it } from 'vitest';
import { detect, postingLikelihood } from '../../../../lib/page/detect';
import {
  FEATURES,
  LATE,
  pageSignals,
  type FeatureName,
  type Features,
} from '../../../../lib/page/detect/features';
import { WEIGHTS } from '../../../../lib/page/detect/weights';
import { pageDoc } from '../../../helpers/pages';

// `postingLikelihood` with unread features is the bound `detect` stops on: it must never be below
// what any value of those features gives, and reach it for one of them, or a page would be called
// wrongly (too low) or read for nothing (too high).

const page = (values: Partial<Features>): Features =>
  Object.fromEntries(FEATURES.map((f) => [f, values[f] ?? 0])) as Features;

const ARTICLE = page({ h1: 1, textSize: 0.9, article: 0.67, pay: 1 });
const LIST = page({ h1: 1, jobUrl: 1, jobLinks: 1, roleHeadings: 0.5, apply: 1, textSize: 0.8 });
const POSTING = page({ h1: 1, h1Role: 1, titleRole: 1, labels: 0.75, apply: 1, phrases: 0.5, textSize: 0.8 });
const ALL_ONE = page(Object.fromEntries(FEATURES.map((f) => [f, 1])));

/** Every way to fill `unread` with values from `levels`. */
function fillings(features: Features, unread: readonly FeatureName[], levels: number[]): Features[] {
  return unread.reduce<Features[]>(
    (pages, f) => pages.flatMap((p) => levels.map((v) => ({ ...p, [f]: v }))),
    [features],
  );
}

describe('postingLikelihood, some features unread', () => {
  it.each([
    ['an article', ARTICLE, LATE],
    ['a list', LIST, LATE],
    ['a posting', POSTING, LATE],
    ['every feature at 1', ALL_ONE, LATE],
    ['an article, its text unread', ARTICLE, ['phrases', 'pay', 'workplace', 'contact', 'article']],
    ['a list, its list signals unread', LIST, ['jobLinks', 'repeated', 'roleHeadings', 'roleList', 'labels']],
  ] as const)('%s: bounds every value they can take, and reaches one', (_, features, unread) => {
    const bound = postingLikelihood(features, unread);
    const reached = fillings(features, unread, [0, 0.25, 0.5, 1]).map((p) => postingLikelihood(p));
    for (const p of reached) expect(bound).toBeGreaterThanOrEqual(p);
    expect(Math.max(...reached)).toBeCloseTo(bound, 12);
  });

  it('with nothing read, is what every feature for a posting at 1 and every other at 0 gives', () => {
    const best = page(Object.fromEntries(FEATURES.map((f) => [f, WEIGHTS[f] > 0 ? 1 : 0])));
    expect(postingLikelihood(ALL_ONE, FEATURES)).toBe(postingLikelihood(best));
    expect(postingLikelihood(page({}), FEATURES)).toBe(postingLikelihood(best));
  });

  it('with nothing unread, is the likelihood itself', () => {
    for (const features of [ARTICLE, LIST, POSTING, ALL_ONE])
      expect(postingLikelihood(features, [])).toBe(postingLikelihood(features));
  });
});

describe('detect stops before the late features only when they cannot make a posting', () => {
  it.each([
    ['article.html', 'https://news.example/2026/remote-hiring', 'none', true],
    ['list.html', 'https://board.example/remote-engineering-jobs', 'list', true],
    ['about.html', 'https://brightwave.example/about', 'none', true],
    ['jsonld-posting.html', 'https://boards.greenhouse.io/northwind/jobs/4410021', 'posting', false],
    ['label-value.html', 'https://www.remotewlb.com/jobs/data-platform-engineer', 'posting', false],
  ])('%s: the call of a full reading (%s); late features unread: %s', (file, address, kind, bounded) => {
    const url = new URL(address);
    const detection = detect(pageDoc(file), url);
    const full = postingLikelihood(pageSignals(pageDoc(file), url, false).features);
    expect(detection.kind).toBe(kind);
    expect(full >= 0.5).toBe(kind === 'posting');
    expect(detection.signals.includes(`${LATE[0]}:unread`)).toBe(bounded);
    // unread, the score is the bound: at least the full reading's likelihood, and still below 0.5
    if (bounded) expect(detection.score).toBeGreaterThanOrEqual(full);
    else expect(detection.score).toBe(full);
  });
});
