import { describe } from 'vitest';
import { leverList } from '../../../../lib/page/lists/lever';
import { itReadsListFixture } from '../../../helpers/lists';

describe('Lever boards', () => {
  // rows by team: the workplace tag joins the place, the commitment does not; a row without
  // categories names no place
  itReadsListFixture(leverList, 'lever.html', [
    {
      id: '5b2f7c1e-3a4d-4e8f-9b10-2c3d4e5f6a7b',
      title: 'Platform Engineer',
      company: undefined,
      location: 'Mexico City (Remote)',
      pay: undefined,
      anchor: 'Mexico City',
    },
    {
      id: '8e1a2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b',
      title: 'Security Engineer',
      company: undefined,
      location: 'Remote - US',
      pay: undefined,
      anchor: 'Remote - US',
    },
    {
      id: 'c4d5e6f7-0a1b-4c2d-9e3f-4a5b6c7d8e9f',
      title: 'People Partner',
      company: undefined,
      location: 'London (Hybrid)',
      pay: undefined,
      anchor: 'London',
    },
    {
      id: 'f0e1d2c3-b4a5-4968-8776-655443322110',
      title: 'Engineering Manager - Payments',
      company: undefined,
      location: undefined,
      pay: undefined,
      anchor: 'Engineering Manager - Payments',
    },
  ]);
});
