import type { SiteAdapter } from './types';

// We Work Remotely: weworkremotely.com/remote-jobs/<company>-<title> (older links: /listings/<slug>).
// Lists: /, /categories/…, /remote-jobs/search?term=…, /remote-jobs/new, /100-percent-remote-jobs.
// The JSON-LD is good for title, company, dates, type and description; its address names a country
// that is most likely the headquarters, and its baseSalary is a 0/0 placeholder, so the place is the
// sidebar's Region box ("Anywhere in the World", "USA Only", "Europe Only").
const LISTS = new Set(['search', 'new']);

export const weworkremotely: SiteAdapter = {
  id: 'weworkremotely',
  name: 'We Work Remotely',
  matches: [
    '*://weworkremotely.com/remote-jobs/*',
    '*://*.weworkremotely.com/remote-jobs/*',
    '*://weworkremotely.com/listings/*',
    '*://*.weworkremotely.com/listings/*',
  ],
  isPosting: (url) => {
    const slug = /^\/(?:remote-jobs|listings)\/([^/]+)\/?$/.exec(url.pathname)?.[1];
    return slug !== undefined && !LISTS.has(slug) && !slug.endsWith('.rss');
  },
  workplace: 'remote',
  // the address is most likely the headquarters (the job API's `location` is); the pay is a 0/0 placeholder
  distrust: ['jobLocation', 'baseSalary'],
  fields: {
    title: [
      '.lis-container__header__hero__company-info__title', // job page (2024–)
    ],
    company: [
      '.lis-container__job__sidebar__companyDetails__info__title', // job page sidebar (2024–)
    ],
    locationText: [
      '.lis-container__job__sidebar__job-about__list__item .box--region', // sidebar "Region" (2024–)
      '.box--region', // same box elsewhere on the page
    ],
    employmentType: [
      '.lis-container__job__sidebar__job-about__list__item .box--jobType', // sidebar "Job type" (2024–)
    ],
    description: [
      '.lis-container__job__content__description', // job page body (2024–)
    ],
  },
};
