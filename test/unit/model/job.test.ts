import { describe, expect, it } from 'vitest';
import { JobSchema } from '../../../lib/model/job';
import { ToBackgroundSchema } from '../../../lib/model/messages';
import { sampleJob } from '../../helpers/jobs';

describe("a Job's address", () => {
  it.each([
    ['https://boards.greenhouse.io/acme/jobs/1', true],
    ['http://jobs.example.com/1', true],
    // the CLI reads saved pages from disk
    ['file:///home/me/saved/posting.html', true],
    ['javascript:alert(1)', false],
    ['data:text/html,<p>job</p>', false],
    ['not a url', false],
  ])('%s: %s', (url, ok) => {
    expect(JobSchema.safeParse(sampleJob({ url })).success).toBe(ok);
    expect(JobSchema.safeParse(sampleJob({ canonicalUrl: url })).success).toBe(ok);
  });

  it('a saved-status question takes web addresses only', () => {
    const ask = (url: string) => ToBackgroundSchema.safeParse({ type: 'saved-status', url }).success;
    expect(ask('https://jobs.example.com/1')).toBe(true);
    expect(ask('file:///home/me/posting.html')).toBe(false);
  });
});
