import { describe } from 'vitest';
import { himalayasList } from '../../../../lib/page/lists/himalayas';
import { remotiveList } from '../../../../lib/page/lists/remotive';
import { wellfoundList } from '../../../../lib/page/lists/wellfound';
import { workingnomadsList } from '../../../../lib/page/lists/workingnomads';
import type { Profile } from '../../../../lib/model/types';
import { itJudgesListFixture } from '../../../helpers/linked-cards';
import { itReadsListFixture } from '../../../helpers/lists';

// The boards whose cards are found from their links to postings (no card markup that lasts): each
// card is its title (the link's text, or the heading) and its other lines, the pieces of a line laid
// out as chips; the background then tells places and pay from their words.

const ON: Profile = { country: 'CA', subdivision: 'CA-ON', currency: 'CAD', minPay: null };
const E = 'eligible',
  N = 'not-eligible';

describe('Remotive: a card that is all link, the title in a span', () => {
  itReadsListFixture(remotiveList, 'remotive.html', [
    {
      id: '/remote-jobs/software-dev/senior-backend-engineer-2087001',
      title: 'Senior Backend Engineer',
      lines: [
        ['Loomwork • USA Only', 'Loomwork', 'USA Only'],
        ['Full-Time$140,000 - $170,000', 'Full-Time', '$140,000 - $170,000'],
        ['2 days ago'],
      ],
      anchor: 'Senior Backend Engineer',
    },
    {
      id: '/remote-jobs/software-dev/frontend-developer-2087002',
      title: 'Frontend Developer',
      lines: [
        ['Canada Life Digital • Worldwide', 'Canada Life Digital', 'Worldwide'],
        ['Contract'],
        ['1 week ago'],
      ],
      anchor: 'Frontend Developer',
    },
    {
      id: '/remote-jobs/software-dev/platform-engineer-2087003',
      title: 'Platform Engineer',
      lines: [
        ['Orbitline • Canada (excluding Quebec)', 'Orbitline', 'Canada (excluding Quebec)'],
        ['Full-Time CA$120k - CA$150k', 'Full-Time', 'CA$120k - CA$150k'],
        ['3 weeks ago'],
      ],
      anchor: 'Platform Engineer',
    },
  ]);
  // "Canada Life Digital" names a country but is a company: the card's place is "Worldwide"
  itJudgesListFixture(remotiveList, 'remotive.html', ON, [
    { title: 'Senior Backend Engineer', verdict: N, reason: 'USA Only', pay: '$140,000 - $170,000' },
    { title: 'Frontend Developer', verdict: E, reason: 'Worldwide', pay: null },
    { title: 'Platform Engineer', verdict: E, reason: 'Canada (excluding Quebec)', pay: 'CA$120k - CA$150k' },
  ]);
});

describe('Himalayas: a logo link and a title link to the same job, places as badges', () => {
  itReadsListFixture(himalayasList, 'himalayas.html', [
    {
      id: '/companies/tideform/jobs/senior-python-engineer',
      title: 'Senior Python Engineer',
      lines: [
        ['Tideform'],
        ['🇬🇧 United Kingdom🇮🇪 Ireland£70k - £90k', '🇬🇧 United Kingdom', '🇮🇪 Ireland', '£70k - £90k'],
        ['6 days ago'],
      ],
      anchor: 'Senior Python Engineer',
    },
    {
      id: '/companies/northgrid/jobs/data-engineer-python',
      title: 'Data Engineer (Python)',
      lines: [['Northgrid'], ['Worldwide Full Time', 'Worldwide', 'Full Time'], ['9 days ago']],
      anchor: 'Data Engineer (Python)',
    },
    {
      id: '/companies/mexa-labs/jobs/django-developer',
      title: 'Django Developer',
      lines: [
        ['Mexa Labs'],
        ['LATAM$4,000 - $5,500 a month', 'LATAM', '$4,000 - $5,500 a month'],
        ['17 days ago'],
      ],
      anchor: 'Django Developer',
    },
  ]);
  itJudgesListFixture(himalayasList, 'himalayas.html', ON, [
    { title: 'Senior Python Engineer', verdict: N, reason: 'United Kingdom; 🇮🇪 Ireland', pay: '£70k - £90k' },
    { title: 'Data Engineer (Python)', verdict: E, reason: 'Worldwide', pay: null },
    { title: 'Django Developer', verdict: N, reason: 'LATAM', pay: '$4,000 - $5,500 a month' },
  ]);
});

describe('Working Nomads: tags that are words and towns ("Mobile", "Reading") are no places', () => {
  itReadsListFixture(workingnomadsList, 'workingnomads.html', [
    {
      id: '/jobs/go-backend-developer-quaywise',
      title: 'Go Backend Developer',
      lines: [['Quaywise'], ['Development Go', 'Development', 'Go'], ['Sweden - Remote'], ['2 days']],
      anchor: 'Go Backend Developer',
    },
    {
      id: '/jobs/senior-ruby-engineer-saltmarsh',
      title: 'Senior Ruby Engineer',
      lines: [['Saltmarsh'], ['Development Ruby', 'Development', 'Ruby'], ['Global'], ['5 days']],
      anchor: 'Senior Ruby Engineer',
    },
    {
      id: '/jobs/mobile-developer-reading-room',
      title: 'Mobile Developer',
      lines: [['Reading Room'], ['Mobile Reading', 'Mobile', 'Reading'], ['USA, Canada'], ['1 week']],
      anchor: 'Mobile Developer',
    },
  ]);
  itJudgesListFixture(workingnomadsList, 'workingnomads.html', ON, [
    { title: 'Go Backend Developer', verdict: N, reason: 'Sweden - Remote', pay: null },
    { title: 'Senior Ruby Engineer', verdict: E, reason: 'Global', pay: null },
    { title: 'Mobile Developer', verdict: E, reason: 'USA, Canada', pay: null },
  ]);
});

describe('Wellfound: job rows grouped by startup; a startup with one job is one card', () => {
  itReadsListFixture(wellfoundList, 'wellfound.html', [
    {
      id: '/jobs/3141592-senior-software-engineer',
      title: 'Senior Software Engineer',
      lines: [
        [
          'Senior Software Engineer $150k – $190k • 0.1% – 0.25% Remote • United States 2 days ago',
          '$150k – $190k • 0.1% – 0.25%',
          'Remote • United States',
          '2 days ago',
        ],
      ],
      anchor: 'Senior Software Engineer',
    },
    {
      id: '/jobs/3141593-founding-frontend-engineer',
      title: 'Founding Frontend Engineer',
      lines: [
        [
          'Founding Frontend Engineer €70k – €90k Berlin • Hybrid 1 week ago',
          '€70k – €90k',
          'Berlin • Hybrid',
          '1 week ago',
        ],
      ],
      anchor: 'Founding Frontend Engineer',
    },
    {
      id: '/jobs/2718281-backend-engineer',
      title: 'Backend Engineer',
      lines: [
        ['Quillstack'],
        ['Docs for teams'],
        ['Backend Engineer Toronto • Remote (Canada) today', 'Toronto • Remote (Canada)', 'today'],
      ],
      anchor: 'Backend Engineer',
    },
  ]);
  itJudgesListFixture(wellfoundList, 'wellfound.html', ON, [
    { title: 'Senior Software Engineer', verdict: N, reason: 'United States', pay: '$150k – $190k' },
    { title: 'Founding Frontend Engineer', verdict: N, reason: 'Berlin', pay: '€70k – €90k' },
    { title: 'Backend Engineer', verdict: E, reason: 'Remote (Canada)', pay: null },
  ]);
});
