import { describe } from 'vitest';
import { workableList } from '../../../../lib/page/lists/workable';
import { itReadsListFixture } from '../../../helpers/lists';

describe('Workable boards', () => {
  // the shortcode as id, the workplace tag beside the place, a remote job naming no place, a card
  // without a workplace tag
  itReadsListFixture(workableList, 'workable.html', [
    {
      id: 'A1B2C3D4E5',
      title: 'Backend Engineer',
      company: undefined,
      location: 'Athens, Attica, Greece (Hybrid)',
      pay: undefined,
      anchor: 'Athens, Attica, Greece',
    },
    {
      id: 'F6E5D4C3B2',
      title: 'Machine Learning Engineer - EMEA Remote',
      company: undefined,
      location: undefined,
      pay: undefined,
      anchor: 'Machine Learning Engineer - EMEA Remote',
    },
    {
      id: '0A9B8C7D6E',
      title: 'Developer Relations Lead',
      company: undefined,
      location: 'United States (Remote)',
      pay: undefined,
      anchor: 'United States',
    },
    {
      id: '5E6F7A8B9C',
      title: 'Warehouse Coordinator',
      company: undefined,
      location: 'Lisbon, Lisbon, Portugal (On-site)',
      pay: undefined,
      anchor: 'Lisbon, Lisbon, Portugal',
    },
    {
      id: 'C1D2E3F4A5',
      title: 'Office Administrator',
      company: undefined,
      location: 'Berlin, Germany',
      pay: undefined,
      anchor: 'Berlin, Germany',
    },
  ]);
});
