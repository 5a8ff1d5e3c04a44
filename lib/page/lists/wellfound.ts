import { wellfoundPostingId } from '../sites/wellfound';
import type { ListParts } from '../sites/types';

// Wellfound's lists: /jobs, /role/<role>, /role/l/<role>/<place>, /location/<place> and a company's
// /company/<slug>/jobs, a page at a time (?page=N). Results are grouped by startup, each with its job
// rows, in hashed CSS-module classes (`styles_component__…`): a card is the row around one job's link,
// /jobs/<id>-<slug>, found from that link.
export const wellfoundList: ListParts = {
  site: 'wellfound',
  matches: [
    '*://*.wellfound.com/jobs',
    '*://*.wellfound.com/jobs?*',
    '*://*.wellfound.com/role/*',
    '*://*.wellfound.com/location/*',
    '*://*.wellfound.com/company/*/jobs*',
  ],
  postingLink: (url) => wellfoundPostingId(url) !== undefined,
};
