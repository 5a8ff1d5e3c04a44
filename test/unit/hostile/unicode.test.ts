import { describe, it } from 'vitest';
import { scan } from '../../../lib/scan';
import { hostileDoc, ldJson, ODDITIES, PAGE_URL, posting, postingBody } from '../../helpers/hostile-pages';
import { checkEverywhere } from './surfaces';

// Direction overrides, stacked marks, NUL, lone surrogates, joiners: a scan reads past them, and
// every surface (the IndexedDB store, the CSV, the JSON file) carries them without breaking.

const ODD = Object.entries(ODDITIES);

describe('Unicode oddities', () => {
  it.each(ODD)('%s in the page text', async (_name, odd) => {
    const body = postingBody({
      heading: `Platform ${odd} Engineer`,
      company: `Northwind ${odd}`,
      location: `Remote - Canada ${odd}`,
      text: `${odd} `.repeat(20),
    });
    const { job } = scan(hostileDoc({ title: `${odd} Platform Engineer`, body }), PAGE_URL);
    if (!job) throw new Error('no job read');
    await checkEverywhere(job);
  });

  it.each(ODD)('%s in JSON-LD', async (_name, odd) => {
    const ld = ldJson(
      posting({
        title: `Platform Engineer ${odd}`,
        description: `<p>${odd} Remote in Canada. ${odd}</p><p>Salary ${odd}$100,000 - $120,000 per year.</p>`,
        hiringOrganization: { name: odd },
        jobLocation: { address: { addressLocality: odd, addressCountry: `CA${odd}` } },
      }),
    );
    const { job } = scan(
      hostileDoc({ ld, body: postingBody({ heading: `Platform Engineer ${odd}` }) }),
      PAGE_URL,
    );
    if (!job) throw new Error('no job read');
    await checkEverywhere(job);
  });
});
