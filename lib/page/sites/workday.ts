import { adapterFound, textOf } from './embedded';
import { cleanText } from '../../text/repair';
import { visibleText } from '../blocks';
import type { SiteAdapter } from './types';

const HOST = /^([\w-]+)\.wd\d+\.myworkdayjobs\.com$/i;
/** myworkdaysite.com names the tenant in the path: `/<locale>/recruiting/<tenant>/<site>/…`. */
const SITE_TENANT = /^\/(?:[a-z]{2}(?:-[A-Z]{2})?\/)?recruiting\/([\w-]+)\//;

/** `/[<locale>/]<site>/job/<Location>/<Title>_<ReqId>` (its page) or `…/details/<Title>_<ReqId>`
 * (the search page's pane); `/apply…` after it is the application form, not the posting. */
const POSTING_PATH =
  /^\/(?:[a-z]{2}(?:-[A-Z]{2})?\/)?(?:recruiting\/[\w-]+\/)?[^/]+\/(?:job\/[^/]+|details)\/[^/]*_([\w-]+?)(\/apply(?:\/.*)?)?\/?$/;

/** The requisition id at the end of the job path ("…_R12345", "…_JR-0042"). */
const reqId = (url: URL, form = false): string | undefined => {
  const m = POSTING_PATH.exec(url.pathname);
  return m && (form || !m[2]) ? m[1] : undefined;
};

/** "acme:R12345": requisition ids repeat across Workday tenants, so the tenant is part of the id. */
export function workdayPostingId(url: URL): string | undefined {
  const tenant = /(?:^|\.)myworkdaysite\.com$/i.test(url.hostname)
    ? SITE_TENANT.exec(url.pathname)?.[1]
    : HOST.exec(url.hostname)?.[1];
  const req = tenant ? reqId(url, true) : undefined; // its application form names it too
  return tenant && req ? `${tenant.toLowerCase()}:${req.toUpperCase()}` : undefined;
}

/** The posting's own facts: the nearest box around its heading that holds them. The search page's
 * cards (beside the pane) and a "similar jobs" rail use the same hooks for other jobs. */
function postingFacts(doc: Document): ParentNode | undefined {
  let box = doc.querySelector('[data-automation-id="jobPostingHeader"]')?.parentElement;
  for (let depth = 0; box && depth < 8; depth++, box = box.parentElement)
    if (box.querySelector('[data-automation-id="locations"], [data-automation-id="time"]')) return box;
  return undefined;
}

/** The values of a fact the page lays out as `<dt>label</dt><dd>value</dd>`, joined. */
function listed(facts: ParentNode, hook: string): string | undefined {
  const values = [...(facts.querySelector(`[data-automation-id="${hook}"]`)?.querySelectorAll('dd') ?? [])]
    .slice(0, 20)
    .map((dd) => cleanText(visibleText(dd)))
    .filter(Boolean);
  return [...new Set(values)].join('; ') || undefined;
}

// Workday: <tenant>.wd<N>.myworkdayjobs.com/[<locale>/]<site>/job/<Location>/<Title>_<ReqId> (also
// myworkdaysite.com), and the search page's pane at …/<site>/details/<Title>_<ReqId>. An SPA whose
// hooks are `data-automation-id`s (2020–2026): the title in `jobPostingHeader` (an h2), and each
// fact in a `dl` of its own (`locations`, `remoteType`, `time`, `postedOn`, `requisitionId`), one `dd`
// per value. The company is not written in the job's DOM: JSON-LD `hiringOrganization` names it
// (the generic reader takes it), whose description is plain text, so the DOM's is preferred.
export const workday: SiteAdapter = {
  id: 'workday',
  name: 'Workday',
  matches: ['*://*.myworkdayjobs.com/*', '*://*.myworkdaysite.com/*'],
  isPosting: (url) => reqId(url) !== undefined,
  fields: {
    title: [
      '[data-automation-id="jobPostingHeader"]', // job page and pane (2020–)
    ],
    description: [
      '[data-automation-id="jobPostingDescription"]', // job page and pane (2020–)
    ],
  },
  read: (doc, url) => {
    const facts = postingFacts(doc);
    const values = facts && {
      locationText: listed(facts, 'locations'),
      workplace: listed(facts, 'remoteType'),
      employmentType: listed(facts, 'time'),
    };
    const req = reqId(url);
    const shown = facts && textOf(facts, ['[data-automation-id="requisitionId"] dd']);
    return adapterFound(
      { ...values, postingId: req },
      {
        postingId: url.pathname,
        // the page's own line when it shows the same requisition
        ...(shown && req && shown.toUpperCase() === req.toUpperCase() ? { postingId: shown } : {}),
      },
    );
  },
};
