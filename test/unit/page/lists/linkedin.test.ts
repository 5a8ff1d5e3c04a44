import { describe, expect, it } from 'vitest';
import { matchesPattern } from '../../../../lib/access/match-pattern';
import { linkedinList } from '../../../../lib/page/lists/linkedin';
import type { Profile } from '../../../../lib/model/types';
import { itJudgesListFixture } from '../../../helpers/linked-cards';
import { itReadsListFixture } from '../../../helpers/lists';

const IN: Profile = { country: 'IN', subdivision: null, currency: 'INR', minPay: null };

// LinkedIn's results: the guest search (its cards keyed by their link's path, a card shown again by
// "See more jobs" read once) and the logged-in search and collections (keyed by the job id; a card
// LinkedIn emptied out of view is no card; a promoted job is a job).

describe('LinkedIn results, guest', () => {
  itReadsListFixture(linkedinList, 'linkedin.html', [
    {
      id: '/jobs/view/desarrollador-backend-at-arbolado-4012345601',
      title: 'Desarrollador Backend',
      company: 'Arbolado',
      location: 'Barcelona, Cataluña, España',
      pay: undefined,
      anchor: 'Barcelona, Cataluña, España',
    },
    {
      id: '/jobs/view/ingeniera-de-plataforma-at-marea-alta-4012345602',
      title: 'Ingeniera de Plataforma',
      company: 'Marea Alta',
      location: 'España',
      pay: '€48.000,00 - €60.000,00',
      anchor: 'España',
    },
    {
      id: '/jobs/view/analista-de-datos-at-cobalto-4012345603',
      title: 'Analista de Datos',
      company: 'Cobalto',
      location: undefined,
      pay: undefined,
      anchor: 'Analista de Datos',
    },
  ]);
});

describe('LinkedIn results, logged in', () => {
  itReadsListFixture(linkedinList, 'linkedin--signed-in.html', [
    {
      id: '4101234501',
      title: 'Data Engineer',
      company: 'Kaarna',
      location: 'Espoo, Uusimaa, Finland (Hybrid)',
      pay: '€55K/yr - €70K/yr',
      anchor: 'Espoo, Uusimaa, Finland (Hybrid)',
    },
    {
      id: '4101234502',
      title: 'Backend Developer',
      company: 'Sillanpää Systems',
      location: 'European Union (Remote)',
      pay: undefined,
      anchor: 'European Union (Remote)',
    },
    {
      id: '4101234504',
      title: 'Analytics Engineer',
      company: 'Revontuli Oy',
      location: undefined,
      pay: undefined,
      anchor: 'Analytics Engineer',
    },
  ]);

  // 2022: the workplace an item of its own beside the place
  itReadsListFixture(linkedinList, 'linkedin--signed-in-2022.html', [
    {
      id: '3261234501',
      title: 'Site Reliability Engineer',
      company: 'Northwind Grid',
      location: 'Pune, Maharashtra, India',
      pay: '₹18,00,000/yr - ₹24,00,000/yr',
      anchor: 'Pune, Maharashtra, India',
    },
    {
      id: '3261234502',
      title: 'Platform Engineer',
      company: 'Quillfeather',
      location: 'United States',
      pay: undefined,
      anchor: 'United States',
    },
  ]);
});

describe('LinkedIn list pages', () => {
  const isList = (address: string): boolean =>
    linkedinList.matches.some((m) => matchesPattern(m, new URL(address)));

  it.each([
    'https://www.linkedin.com/jobs/search?keywords=Python&location=Berlin',
    'https://de.linkedin.com/jobs/python-jobs-berlin',
    'https://www.linkedin.com/jobs/python-jobs',
    'https://www.linkedin.com/jobs/python-jobs?position=1&pageNum=0',
    'https://www.linkedin.com/jobs/search/?currentJobId=4101234501&keywords=data%20engineer&start=25',
    'https://www.linkedin.com/jobs/search-results/?currentJobId=4101234501&keywords=data%20engineer',
    'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4101234501',
  ])('%s is one', (address) => {
    expect(isList(address)).toBe(true);
  });

  // a job page's rails ("Similar jobs", "People also viewed") get no chips
  it.each([
    'https://www.linkedin.com/jobs/view/4101234501/',
    'https://www.linkedin.com/jobs/view/4101234501/?refId=abc&trackingId=def',
    'https://es.linkedin.com/jobs/view/desarrollador-backend-at-arbolado-4012345601?position=1&pageNum=0',
    'https://www.linkedin.com/jobs/',
    'https://www.linkedin.com/feed/',
  ])('%s is none', (address) => {
    expect(isList(address)).toBe(false);
  });
});

describe('LinkedIn results, logged in, 2026: cards with no link and no hooks, read by their lines', () => {
  itReadsListFixture(linkedinList, 'linkedin--search-results-2026.html', [
    {
      id: '4301234501',
      title: 'Senior Data Engineer',
      lines: [
        ['Senior Data Engineer (Verified job)'],
        ['Quillfeather'],
        ['Noida (Hybrid)'],
        ['₹25L/yr - ₹35L/yr'],
        ['11 company alumni work here'],
        ['Posted 1 week ago'],
        ['Easy Apply'],
      ],
      anchor: 'Senior Data Engineer',
    },
    {
      id: '4301234502',
      title: 'Analytics Engineer',
      lines: [
        ['Analytics Engineer (Verified job)'],
        ['Orbitline'],
        ['Zurich, Zurich, Switzerland (On-site)'],
        ['Posted 3 days ago'],
        ['Viewed'],
      ],
      anchor: 'Analytics Engineer',
    },
    {
      id: '4301234503',
      title: 'Data Platform Lead',
      lines: [['Canada Life'], ['United States (Remote)'], ['Posted 2 weeks ago']],
      anchor: 'Data Platform Lead',
    },
  ]);
  itJudgesListFixture(linkedinList, 'linkedin--search-results-2026.html', IN, [
    {
      title: 'Senior Data Engineer',
      verdict: 'eligible',
      reason: 'Noida (Hybrid)',
      pay: '₹25L/yr - ₹35L/yr',
    },
    {
      title: 'Analytics Engineer',
      verdict: 'not-eligible',
      reason: 'Zurich, Zurich, Switzerland (On-site)',
      pay: null,
    },
    // "Canada Life" is the employer's name, not a place
    { title: 'Data Platform Lead', verdict: 'not-eligible', reason: 'United States (Remote)', pay: null },
  ]);
});
