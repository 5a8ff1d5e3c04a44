import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../lib/analysis/badge';
import type { PageKind } from '../../../lib/model/reading';
import type { VerdictStatus } from '../../../lib/model/types';

describe('badgeFor', () => {
  it.each<[PageKind, VerdictStatus | null, string, RegExp]>([
    ['posting', null, 'JOB', /a job posting on this page/],
    ['posting', 'eligible', 'JOB✓', /you can apply/],
    ['posting', 'not-eligible', 'JOB✗', /not open to you/],
    ['posting', 'unknown', 'JOB?', /unclear whether you can apply/],
    ['list', null, '', /a list of jobs/],
    ['none', null, '', /no job posting on this page/],
    // A verdict left over from the previous page never labels a page without a posting.
    ['none', 'eligible', '', /no job posting/],
    ['list', 'not-eligible', '', /a list of jobs/],
  ])('%s with verdict %s → %j', (kind, verdict, text, title) => {
    const badge = badgeFor(kind, verdict);
    expect(badge.text).toBe(text);
    expect(badge.title).toMatch(title);
    expect(badge.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('gives each verdict its own colour', () => {
    const colours = new Set(
      (['eligible', 'not-eligible', 'unknown'] as const).map((v) => badgeFor('posting', v).color),
    );
    expect(colours.size).toBe(3);
  });
});
