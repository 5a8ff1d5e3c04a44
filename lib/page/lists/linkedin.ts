import type { ListParts } from '../sites/types';

// LinkedIn's lists. Guest: the search <cc>.linkedin.com/jobs/search?keywords=…&location=… and the
// pages /jobs/<keyword>-jobs-<place>, server HTML, one `li` per job in ul.jobs-search__results-list
// (2023–2026), more as you scroll or press "See more jobs". Logged in: the search
// /jobs/search/?…&currentJobId=<id> (from 2026 also /jobs/search-results/?…) and the collections
// /jobs/collections/<name>/, one li[data-occludable-job-id] per job (2022–2025); the pane beside it
// is the posting script's. Never a job page (/jobs/view/…): its rails get no chips.
// From 2026 the logged-in search-results cards are div[role=button][componentkey=
// "job-card-component-ref-<id>"], with hashed classes and no link: none of the hooks below is on them,
// so they are read by their lines (title first, then company, place, pay).
export const linkedinList: ListParts = {
  site: 'linkedin',
  matches: [
    '*://*.linkedin.com/jobs/search*', // /jobs/search?…, /jobs/search/?…, /jobs/search-results/?…
    '*://*.linkedin.com/jobs/collections/*',
    '*://*.linkedin.com/jobs/*-jobs', // guest: /jobs/python-jobs
    '*://*.linkedin.com/jobs/*-jobs?*',
    '*://*.linkedin.com/jobs/*-jobs-*', // guest: /jobs/python-jobs-berlin
  ],
  card: [
    '.jobs-search__results-list > li', // guest: the li holds the card, itself a link in some renderings
    // logged in: a card scrolled out of view is emptied and keeps only its id, so it is a card only
    // while its link is inside
    'li[data-occludable-job-id]:has(a[href*="/jobs/view/"], a[href*="currentJobId="])',
    '[componentkey^="job-card-component-ref-"]', // logged in, 2026: no link, the id in the key
  ].join(', '),
  idAttribute: ['data-occludable-job-id', 'componentkey'],
  idPattern: /(\d+)$/,
  // a guest card has its id only in data-entity-urn ("urn:li:jobPosting:<id>"): its id is the path of
  // its link, /jobs/view/<title>-at-<company>-<id>
  link: 'a[href*="/jobs/view/"]',
  title: [
    '.artdeco-entity-lockup__title strong', // logged in (2023–2025): the label, not its "with verification" copy
    '.job-card-job-posting-card-wrapper__title strong', // logged in, the 2024–2025 posting-card layout
    '.artdeco-entity-lockup__title', // logged in (2022)
    '.base-search-card__title', // guest
    'a[href*="/jobs/view/"]',
  ],
  company: [
    '.artdeco-entity-lockup__subtitle', // logged in
    '.base-search-card__subtitle', // guest
  ],
  location: [
    // logged in: the caption's list, "Espoo, Uusimaa, Finland (Hybrid)" (2023–2025); in 2022 the
    // workplace was an item of its own ("On-site"), which names no place
    '.artdeco-entity-lockup__caption li:not(.job-card-container__metadata-item--workplace-type)',
    '.artdeco-entity-lockup__caption', // logged in, the 2024–2025 posting-card layout (no list)
    '.job-search-card__location', // guest
  ],
  pay: [
    '.artdeco-entity-lockup__metadata li', // logged in (2022–2025): "$120K/yr - $150K/yr"
    '.artdeco-entity-lockup__metadata',
    '.job-search-card__salary-info', // guest
  ],
};
