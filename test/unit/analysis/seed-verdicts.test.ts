import { describe, expect, it } from 'vitest';
import { verdictFor } from '../../../lib/analysis/eligibility';
import { scan } from '../../../lib/scan';
import type { VerdictStatus } from '../../../lib/model/types';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Our own pages shaped like the five seed postings the product was born from, and the answer
// each person on the panel must get.
const PANEL = [
  'US-CA',
  'CA-ON',
  'CA-QC',
  'CA-AB',
  'CA',
  'GB',
  'JE',
  'IE',
  'DE',
  'IN',
  'BR',
  'PH',
  'AU',
] as const;

function profile(who: string): { country: string; subdivision: string | null } {
  const [country, sub] = who.split('-') as [string, string | undefined];
  return { country, subdivision: sub ? who : null };
}

function page(dir: string, name: string): Document {
  const html = readFileSync(join(import.meta.dirname, `../../fixtures/${dir}/${name}`), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

const E = 'eligible',
  N = 'not-eligible',
  U = 'unknown';
const WANT: Record<string, { dir: string; url: string; verdicts: VerdictStatus[] }> = {
  //                                                                          US-CA CA-ON CA-QC CA-AB CA  GB  JE  IE  DE  IN  BR  PH  AU
  'ireland.html': {
    dir: 'seeds',
    url: 'https://www.remotewlb.com/job/backend-engineer-5521',
    verdicts: [N, N, N, N, N, N, N, E, N, N, N, N, N],
  },
  'ontario.html': {
    dir: 'seeds',
    url: 'https://www.remotewlb.com/job/senior-backend-5522',
    verdicts: [N, E, N, E, U, N, N, N, N, N, N, N, N],
  },
  'united-states.html': {
    dir: 'seeds',
    url: 'https://www.remotewlb.com/job/staff-engineer-5523',
    verdicts: [E, N, N, N, N, N, N, N, N, N, N, N, N],
  },
  'label-value.html': {
    dir: 'pages',
    url: 'https://www.remotewlb.com/jobs/data-platform-engineer',
    verdicts: [E, E, N, E, U, E, E, N, N, N, E, N, N],
  },
};

describe.each(Object.entries(WANT))('%s', (name, { dir, url, verdicts }) => {
  const job = scan(page(dir, name), new URL(url)).job;

  it.each(PANEL.map((who, i) => [who, verdicts[i]] as const))('%s → %s', (who, want) => {
    expect(job).not.toBeNull();
    const v = verdictFor(job!.eligibility, profile(who));
    expect(v.status).toBe(want);
    if (want !== 'unknown') expect(v.evidence).toBeTruthy();
  });
});

describe('seed-shaped pages read the rest of the posting too', () => {
  it('repairs mojibake and does not take markets for eligibility', () => {
    const job = scan(page('seeds', 'ireland.html'), new URL(WANT['ireland.html']!.url)).job;
    expect(job?.locationText).toBe('Ireland');
    expect(job?.company).toBe('Lanternly');
    expect(job?.eligibility.countries).toEqual(['IE']);
  });

  it('reads the salary badge and ignores 401(k) and valuation', () => {
    const job = scan(page('seeds', 'united-states.html'), new URL(WANT['united-states.html']!.url)).job;
    expect(job?.salary).toMatchObject({ min: 198400, max: 271000, currency: 'USD', period: 'year' });
  });
});
