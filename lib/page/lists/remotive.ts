import { isRemotivePosting } from '../sites/remotive';
import type { ListParts } from '../sites/types';

// Remotive's lists: the home page, /remote-jobs and /remote-jobs/<category>, more jobs with a "More
// Jobs" button. Its card markup has changed with each redesign (a 2025 scraper reads
// `ul[data-testid="job-list"] > li > a`; where the card prints the candidate's location was not
// verified), so its cards are found from their links to postings, /remote-jobs/<category>/<slug>-<id>.
export const remotiveList: ListParts = {
  site: 'remotive',
  remoteBoard: 'Remotive',
  matches: [
    '*://remotive.com/',
    '*://remotive.com/?*',
    '*://remotive.com/remote-jobs*',
    '*://*.remotive.com/remote-jobs*',
  ],
  postingLink: isRemotivePosting,
};
