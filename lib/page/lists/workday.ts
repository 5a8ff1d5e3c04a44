import type { ListParts } from '../sites/types';

// Workday boards: the search page <tenant>.wd<N>.myworkdayjobs.com[/<locale>]/<site> (also
// myworkdaysite.com/<locale>/recruiting/<tenant>/<site>), an app paged by a "next" button
// (2020–2026). Its results are `section[data-automation-id="jobResults"] ul[role="list"] > li`: the
// title link `a[data-automation-id="jobTitle"]` (/<locale>/<site>/job/<Location>/<Title>_<ReqId>, its
// path the id), then one `dl` per fact with a visually hidden label (`dt`) and the value (`dd`):
// `locations` ("Toronto, ON", or "2 Locations" when there are more), `postedOn`, and the requisition
// id in `ul[data-automation-id="subtitle"]`. The app opens a posting beside the results (…/details/…,
// read by the posting script) or on its own page (…/job/…) without loading a page, so the list script
// runs on every page of the board; only the results section is read, never the posting's facts
// beside it. No card shows pay.
export const workdayList: ListParts = {
  site: 'workday',
  matches: ['*://*.myworkdayjobs.com/*', '*://*.myworkdaysite.com/*'],
  // the requisition line's own `li` has no title link: it is no card
  card: '[data-automation-id="jobResults"] li',
  link: 'a[data-automation-id="jobTitle"]',
  title: ['a[data-automation-id="jobTitle"]'],
  location: ['[data-automation-id="locations"] dd'],
};
