import { adapterFound, textOf } from './embedded';
import type { SiteAdapter } from './types';

const posting = (url: URL): { company: string; job: string } | undefined => {
  const m = /^\/companies\/([^/]+)\/jobs\/([^/]+)\/?$/.exec(url.pathname);
  return m ? { company: m[1] as string, job: m[2] as string } : undefined;
};

/** Whether a link leads to a Himalayas posting (its list cards link there). */
export const isHimalayasPosting = (url: URL): boolean =>
  /(?:^|\.)himalayas\.app$/.test(url.hostname) && posting(url) !== undefined;

// Himalayas (remote jobs only): himalayas.app/companies/<company>/jobs/<job-slug>. Lists: /jobs,
// /jobs/<category>, /companies/<company>/jobs. The job page's markup is not known beyond its
// heading; the company is the link to its profile, whose address the job's address contains.
export const himalayas: SiteAdapter = {
  id: 'himalayas',
  name: 'Himalayas',
  matches: ['*://himalayas.app/companies/*', '*://himalayas.app/jobs*', '*://*.himalayas.app/companies/*'],
  isPosting: (url) => posting(url) !== undefined,
  workplace: 'remote',
  fields: {
    title: [
      'main h1', // job page header
    ],
  },
  read: (doc, url) => {
    const p = posting(url);
    if (!p) return {};
    const slug = p.company.replace(/[^\w-]/g, '');
    const company = textOf(doc, [`main a[href="/companies/${slug}"]`, `main a[href$="/companies/${slug}"]`]);
    return adapterFound({ company, postingId: p.job }, { postingId: url.pathname });
  },
};
