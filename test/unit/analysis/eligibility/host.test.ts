import { describe, expect, it } from 'vitest';
import { readEligibility, verdictFor } from '../../../../lib/analysis/eligibility';
import { countryOfHost, withHostCountry } from '../../../../lib/analysis/eligibility/host';
import type { Profile } from '../../../../lib/model/types';

// An office job whose own page names no place is placed in its site's country, as a guess said as one.

describe('the country of a site’s address', () => {
  it.each<[string, string | null]>([
    ['incubateur.anct.gouv.fr', 'FR'],
    ['okfn.de', 'DE'],
    ['jobonline.example.co.uk', 'GB'],
    ['www.jobbank.gc.ca', 'CA'],
    ['grc.iit.edu', 'US'],
    ['careers.nanofrontier.jp', 'JP'],
    // domains sold as words, and generic ones, say nothing
    ['acme.io', null],
    ['studio.ai', null],
    ['acme.co', null],
    ['acme.com', null],
    ['acme.eu', null],
    ['localhost', null],
  ])('%s → %s', (host, want) => {
    expect(countryOfHost(host)).toBe(want);
  });
});

describe('an office job placed nowhere by its page', () => {
  const nowhere = readEligibility({ blocks: ['We build tools for local governments.'] });
  const FR: Profile = { country: 'FR', subdivision: null, currency: 'EUR', minPay: null };
  const CA: Profile = { country: 'CA', subdivision: null, currency: 'CAD', minPay: null };

  it('is in its site’s country, said as a guess from the address', () => {
    const placed = withHostCountry(nowhere, 'https://incubateur.anct.gouv.fr/recrutement/x/', false);
    expect(placed).toMatchObject({ kind: 'countries', countries: ['FR'] });
    expect(verdictFor(placed, FR)).toEqual({
      status: 'eligible',
      reason: 'The posting names no place; its site is France’s, so the job is most likely there.',
      evidence: 'incubateur.anct.gouv.fr',
      evidenceIsData: true,
    });
    expect(verdictFor(placed, CA).status).toBe('not-eligible');
  });

  it('is left alone when remote, when the page placed it, or when the address says no country', () => {
    expect(withHostCountry(nowhere, 'https://okfn.de/jobs/1', true)).toBe(nowhere);
    const placed = readEligibility({ locationText: 'Toronto, ON', blocks: [] });
    expect(withHostCountry(placed, 'https://okfn.de/jobs/1', false)).toBe(placed);
    expect(withHostCountry(nowhere, 'https://acme.io/jobs/1', false)).toBe(nowhere);
  });
});
