import { describe } from 'vitest';
import { greenhouseList } from '../../../../lib/page/lists/greenhouse';
import { itReadsListFixture } from '../../../helpers/lists';

describe('Greenhouse boards', () => {
  // 2025 board: a row per job, the "New" badge left out of the title, a row without a place
  itReadsListFixture(greenhouseList, 'greenhouse.html', [
    {
      id: '/quillfeather/jobs/7201001003',
      title: 'Senior Backend Engineer',
      company: undefined,
      location: 'Remote - Canada',
      pay: undefined,
      anchor: 'Remote - Canada',
    },
    {
      id: '/quillfeather/jobs/7201002003',
      title: 'Site Reliability Engineer',
      company: undefined,
      location: 'Toronto, Ontario, Canada; New York, New York, United States',
      pay: undefined,
      anchor: 'Toronto, Ontario, Canada; New York, New York, United States',
    },
    {
      id: '/quillfeather/jobs/7201003003',
      title: 'Account Executive, DACH',
      company: undefined,
      location: 'Berlin, Germany',
      pay: undefined,
      anchor: 'Berlin, Germany',
    },
    {
      id: '/quillfeather/jobs/7201004003',
      title: 'Solutions Consultant',
      company: undefined,
      location: undefined,
      pay: undefined,
      anchor: 'Solutions Consultant',
    },
  ]);

  // legacy board: a job listed under two departments read once, a job without a place
  itReadsListFixture(greenhouseList, 'greenhouse--legacy.html', [
    {
      id: '/quillfeather/jobs/4012001',
      title: 'Data Engineer',
      company: undefined,
      location: 'Remote - US',
      pay: undefined,
      anchor: 'Remote - US',
    },
    {
      id: '/quillfeather/jobs/4012002',
      title: 'Product Designer',
      company: undefined,
      location: 'London, England, United Kingdom',
      pay: undefined,
      anchor: 'London, England, United Kingdom',
    },
    {
      id: '/quillfeather/jobs/4012004',
      title: 'Office Manager',
      company: undefined,
      location: 'Austin, TX',
      pay: undefined,
      anchor: 'Austin, TX',
    },
    {
      id: '/quillfeather/jobs/4012005',
      title: 'Executive Assistant',
      company: undefined,
      location: undefined,
      pay: undefined,
      anchor: 'Executive Assistant',
    },
  ]);

  // the embedded board (in a company's page, a frame where the list script runs too): its links
  // carry ?gh_jid=, which names the job, also on a link to the company's own page
  itReadsListFixture(greenhouseList, 'greenhouse--embed.html', [
    {
      id: '7201005003',
      title: 'Customer Support Specialist',
      company: undefined,
      location: 'Remote - Mexico',
      pay: undefined,
      anchor: 'Remote - Mexico',
    },
    {
      id: '7201006003', // a link to the company's own page, ?gh_jid= naming the job
      title: 'Support Team Lead',
      company: undefined,
      location: 'Hybrid - Dublin, Ireland',
      pay: undefined,
      anchor: 'Hybrid - Dublin, Ireland',
    },
  ]);
});
