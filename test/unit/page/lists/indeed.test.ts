import { describe, expect, it } from 'vitest';
import { matchesPattern } from '../../../../lib/access/match-pattern';
import { indeedList } from '../../../../lib/page/lists/indeed';
import { itReadsListFixture } from '../../../helpers/lists';

// Indeed's results: a card per result (its job key on its title link, the chip after its place);
// sponsored jobs kept, hidden copies left out, the pay chip told from the job type and shifts, Indeed's
// own estimate never the pay, "+N locations" passed as written.

describe('Indeed results', () => {
  // 2023–2026: data-testid hooks, pay among the attribute chips
  itReadsListFixture(indeedList, 'indeed.html', [
    {
      id: '3f8a1c2d4e5b6071',
      title: 'Data Analyst',
      company: 'Bluebonnet Health',
      location: 'Austin, TX 78701',
      pay: '$62,000 - $78,000 a year',
      anchor: 'Austin, TX 78701',
    },
    {
      id: '9c0d1e2f3a4b5c6d',
      title: 'Business Intelligence Analyst',
      company: 'Pecan Street Partners',
      location: 'Remote in Austin, TX; +2 locations',
      pay: undefined,
      anchor: 'Remote in Austin, TX+2 locations',
    },
    {
      id: '7e6d5c4b3a291807',
      title: 'Reporting Specialist',
      company: 'Lone Oak Credit Union',
      location: 'Round Rock, TX',
      pay: '$24 - $28 an hour',
      anchor: 'Round Rock, TX',
    },
    {
      id: '1a2b3c4d5e6f7081',
      title: 'Junior Data Analyst',
      company: 'Cedar Ridge Analytics',
      location: 'Remote',
      pay: undefined,
      anchor: 'Remote',
    },
  ]);

  // 2022: .companyName, .companyLocation with its "+3 locations" link inside, .salary-snippet-container
  // beside Indeed's estimate
  itReadsListFixture(indeedList, 'indeed--2022.html', [
    {
      id: '5d4c3b2a19087f6e',
      title: 'Python Developer',
      company: 'Maplewood Software',
      location: 'Toronto, ON; +3 locations',
      pay: '$85,000–$105,000 a year',
      anchor: 'Toronto, ON+3 locations',
    },
    {
      id: '0e1d2c3b4a596877',
      title: 'Backend Engineer',
      company: 'Lakeshore Logistics',
      location: 'Mississauga, ON (Meadowvale area)',
      pay: undefined,
      anchor: 'Mississauga, ON (Meadowvale area)',
    },
    {
      id: 'a1b2c3d4e5f60718',
      title: 'Django Developer',
      company: 'Ravine Labs',
      location: 'Remote',
      pay: 'From $45 an hour',
      anchor: 'Remote',
    },
  ]);
});

describe('Indeed list pages', () => {
  const isList = (address: string): boolean =>
    indeedList.matches.some((m) => matchesPattern(m, new URL(address)));

  it.each([
    'https://www.indeed.com/jobs?q=data+analyst&l=Austin%2C+TX&vjk=3f8a1c2d4e5b6071',
    'https://www.indeed.com/m/jobs?q=nurse&l=Denver',
    'https://fr.indeed.com/emplois?q=d%C3%A9veloppeur&l=Lyon',
    'https://www.indeed.com/',
    'https://uk.indeed.com/?vjk=3f8a1c2d4e5b6071',
    'https://www.indeed.com/q-data-analyst-l-austin,-tx-jobs.html',
    'https://ae.indeed.com/l-dubai-jobs.html',
  ])('%s is one', (address) => {
    expect(isList(address)).toBe(true);
  });

  it.each([
    'https://www.indeed.com/viewjob?jk=3f8a1c2d4e5b6071',
    'https://www.indeed.com/m/viewjob?jk=3f8a1c2d4e5b6071',
    'https://www.indeed.com/rc/clk?jk=3f8a1c2d4e5b6071&vjs=3',
    'https://www.indeed.com/cmp/Bluebonnet-Health/jobs/Data-Analyst-3f8a1c2d4e5b6071',
    'https://www.indeed.com/cmp/Bluebonnet-Health',
  ])('%s is none', (address) => {
    expect(isList(address)).toBe(false);
  });
});
