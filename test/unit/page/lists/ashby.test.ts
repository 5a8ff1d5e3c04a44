import { describe } from 'vitest';
import { ashbyList } from '../../../../lib/page/lists/ashby';
import { itReadsListFixture } from '../../../helpers/lists';

describe('Ashby boards', () => {
  // the detail line "Department • Location • Type • Workplace": the place and its workplace, a
  // location that reads "Remote", pay and perks apart, a line without a department
  itReadsListFixture(ashbyList, 'ashby.html', [
    {
      id: '/quillfeather/3f1c2b4a-5d6e-4f70-8192-a3b4c5d6e7f8',
      title: 'Frontend Engineer',
      company: undefined,
      location: 'Berlin (Hybrid)',
      pay: undefined,
      anchor: 'Engineering • Berlin • Full time • Hybrid',
    },
    {
      id: '/quillfeather/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
      title: 'Senior Backend Engineer',
      company: undefined,
      location: 'European Union; Turkey (Remote)',
      pay: undefined,
      anchor: 'Engineering • European Union; Turkey • Full time • Remote',
    },
    {
      id: '/quillfeather/0d1e2f3a-4b5c-4d6e-8f70-81a2b3c4d5e6',
      title: 'Developer Advocate',
      company: undefined,
      location: 'Remote',
      pay: undefined,
      anchor: 'Engineering • Remote • Full time',
    },
    {
      id: '/quillfeather/6c5b4a39-2817-4f60-a5b4-c3d2e1f0a9b8',
      title: 'Account Executive',
      company: undefined,
      location: 'New York, NY (On-site)',
      pay: '$140K – $180K',
      anchor: 'Sales • New York, NY • Full time • On-site • $140K – $180K • Offers Equity',
    },
    {
      id: '/quillfeather/1b2c3d4e-5f60-4718-89a0-b1c2d3e4f5a6',
      title: 'Sales Intern',
      company: undefined,
      location: 'London',
      pay: undefined,
      anchor: 'London • Intern',
    },
  ]);
});
