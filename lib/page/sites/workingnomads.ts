import { adapterFound, textOf } from './embedded';
import type { SiteAdapter } from './types';

const JOB_PATH = /^\/jobs\/[a-z0-9]+(?:-[a-z0-9]+)+\/?$/i;

/** Whether a link leads to a Working Nomads posting (its list cards link there). */
export const isWorkingNomadsPosting = (url: URL): boolean =>
  /(?:^|\.)workingnomads\.com$/.test(url.hostname) && JOB_PATH.test(url.pathname);

// Working Nomads (remote jobs only): www.workingnomads.com/jobs/<title-company-slug>, with no
// numeric id. The list is /jobs (filters in the query); it can open a job as /jobs?job=<slug>,
// which is still the list page and is left to the generic reader. /job/go/<id>/ is an outbound
// redirect to the employer, never a page. Only heuristics are known for the markup: the title is
// the h1 and the company a short block after it.
export const workingnomads: SiteAdapter = {
  id: 'workingnomads',
  name: 'Working Nomads',
  matches: ['*://workingnomads.com/jobs*', '*://*.workingnomads.com/jobs*'],
  isPosting: (url) => JOB_PATH.test(url.pathname),
  workplace: 'remote',
  fields: {
    title: [
      'main h1', // job page
      'h1', // job page without a main landmark
    ],
  },
  read: (doc) => {
    // the first block after the title, when it is a name and not the start of the description
    const next = textOf(doc, ['main h1 ~ div', 'h1 ~ div']);
    const company = next && next.length <= 80 && !/[.!?:]$/.test(next) ? next : undefined;
    return adapterFound({ company });
  },
};
