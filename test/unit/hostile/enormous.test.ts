import { describe, expect, it } from 'vitest';
import { scan } from '../../../lib/scan';
import { MB } from '../../helpers/hostile';
import { hostileDoc, ldJson, PAGE_URL, posting } from '../../helpers/hostile-pages';
import { checkEverywhere, expectSafeJob } from './surfaces';

// Megabytes of JSON-LD. The description the engines read is cut to the Job's own limit, so the
// engines' work stays bounded; parsing and detection still read every byte (a few seconds under
// happy-dom), hence the generous limit. The timing itself is measured in bench/, not here.

const times = (unit: string, bytes = 4 * MB): string => unit.repeat(Math.ceil(bytes / unit.length));

const BIG_DESCRIPTIONS: [name: string, description: string][] = [
  ['pay-like prose', `<p>Remote in Canada.</p>${times('<p>Salary $1,000 and lorem ipsum, 401k.</p>')}`],
  [
    'place sentences',
    `<p>Remote in Canada.</p>${times('<p>Candidates in Canada, France or Peru only.</p>', 2 * MB)}`,
  ],
  ['one sentence without an end', `Remote in Canada ${times('and lorem ipsum $1,000 ', 2 * MB)}`],
];

describe('enormous JSON-LD', { timeout: 30_000 }, () => {
  it.each(BIG_DESCRIPTIONS)(
    'a description of megabytes of %s makes a valid job',
    async (_name, description) => {
      const { job } = scan(hostileDoc({ ld: ldJson(posting({ description })) }), PAGE_URL);
      if (!job) throw new Error('no job read');
      expect(job.description.length).toBeLessThanOrEqual(100_000);
      await checkEverywhere(job);
    },
  );

  it('10 000 job locations still make a job, with the first places as its location', () => {
    const jobLocation = Array.from({ length: 10_000 }, (_, i) => ({
      '@type': 'Place',
      address: { addressLocality: `Town ${i}`, addressCountry: i % 2 ? 'CA' : 'FR' },
    }));
    const { job } = scan(hostileDoc({ ld: ldJson(posting({ jobLocation })) }), PAGE_URL);
    expectSafeJob(job);
    expect(job?.locationText?.length).toBeLessThanOrEqual(1000);
    expect(job?.locationText).toMatch(/^Town 0\b/);
  });

  it('4 MB of white space around the posting', async () => {
    const { job } = scan(
      hostileDoc({ ld: times(' \n\t', 2 * MB) + ldJson(posting()) + times(' ', 2 * MB) }),
      PAGE_URL,
    );
    if (!job) throw new Error('no job read');
    expect(job.company).toBe('Northwind Labs');
    await checkEverywhere(job);
  });

  it('2 000 postings in one block is a list, not a job', () => {
    const ld = ldJson({
      '@graph': Array.from({ length: 2000 }, (_, i) => posting({ title: `Engineer ${i}` })),
    });
    const { detection, job } = scan(hostileDoc({ ld }), PAGE_URL);
    expect(detection.kind).toBe('list');
    expect(job).toBeNull();
  });
});
