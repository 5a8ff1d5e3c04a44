import { isHimalayasPosting } from '../sites/himalayas';
import type { ListParts } from '../sites/types';

// Himalayas' lists: /jobs, /jobs/<category>, /jobs/countries/<country> and a company's
// /companies/<company>/jobs. Card markup not verified (utility classes), so its cards are found from
// their links to postings, /companies/<company>/jobs/<slug>.
export const himalayasList: ListParts = {
  site: 'himalayas',
  remoteBoard: 'Himalayas',
  matches: ['*://himalayas.app/jobs*', '*://himalayas.app/companies/*/jobs*', '*://*.himalayas.app/jobs*'],
  postingLink: isHimalayasPosting,
};
