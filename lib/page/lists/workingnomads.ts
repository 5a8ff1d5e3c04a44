import { isWorkingNomadsPosting } from '../sites/workingnomads';
import type { ListParts } from '../sites/types';

// Working Nomads' list: /jobs with its filters in the query, more jobs with "Show more jobs"; a job can
// open over it as /jobs?job=<slug>. Card markup not verified, so its cards are found from their links
// to postings, /jobs/<title-company-slug>.
export const workingnomadsList: ListParts = {
  site: 'workingnomads',
  remoteBoard: 'Working Nomads',
  matches: ['*://workingnomads.com/jobs*', '*://*.workingnomads.com/jobs*'],
  postingLink: isWorkingNomadsPosting,
};
