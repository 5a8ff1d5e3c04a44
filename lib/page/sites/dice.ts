import { employmentTypeOf } from '../../model/work-words';
import { cleanText } from '../../text/repair';
import { adapterFound, isPlaceholderPay, textOf, UUID_POSTING_PATH, uuidIn } from './embedded';
import type { SiteAdapter } from './types';

/** `/job-detail/<uuid>`. */
const jobId = (url: URL): string | undefined => {
  const m = UUID_POSTING_PATH.exec(url.pathname);
  return m && url.pathname.startsWith('/job-detail/') ? m[1]?.toLowerCase() : undefined;
};

/** The posting's UUID in any dice.com address that names one (its page, with or without tracking). */
export function dicePostingId(url: URL): string | undefined {
  if (!/(?:^|\.)dice\.com$/.test(url.hostname)) return undefined;
  return url.pathname.startsWith('/job-detail/') ? uuidIn(url.pathname) : undefined;
}

const HEADER = '[data-testid="job-detail-header-card"]';

/** "Hybrid in Richmond, VA, US": the place, without the workplace the header writes before it. */
const placeOf = (text: string): string => text.replace(/^(?:hybrid|remote|on-?site)\s+in\s+/i, '');

/** The header's badges: employment types (one or several), the workplace, pay. */
function readBadges(header: Element): { employmentType?: string; salaryText?: string; raw: string[] } {
  const types: string[] = [];
  const raw: string[] = [];
  let pay: string | undefined;
  for (const badge of Array.from(header.querySelectorAll('.SeuiInfoBadge')).slice(0, 20)) {
    const text = cleanText(badge.textContent ?? '');
    if (!text || text.length > 80 || badge.matches('[data-testid="locationTypeBadge"]')) continue;
    raw.push(text);
    // "USD 145,000.00 - 165,000.00 per year"; "Depends on Experience" names no pay
    if (
      /\d/.test(text) &&
      /[$€£]|\b(?:USD|CAD|EUR|GBP)\b|\bper (?:hour|year|annum|month|week|day)\b/i.test(text)
    ) {
      if (!isPlaceholderPay(text)) pay ??= text;
    } else if (employmentTypeOf(text)) types.push(text);
  }
  return { employmentType: types.join(', ') || undefined, salaryText: pay, raw };
}

// Dice: www.dice.com/job-detail/<uuid> (search /jobs?q=…, companies /company-profile/<id>). A
// Next.js page; checked live in April 2026 by one scraper: a JSON-LD JobPosting (title,
// hiringOrganization, jobLocation, datePosted, employmentType, baseSalary, HTML description) and
// a header card `[data-testid="job-detail-header-card"]` with the company link, the line
// "Hybrid in Richmond, VA, US • Posted 1 hour ago" (`span.order-3`) and `.SeuiInfoBadge` chips
// (employment types, `[data-testid="locationTypeBadge"]`, pay). The description's class is a CSS
// module name (`job-detail-description-module__<hash>__jobDescription`). Older pages (before
// 2024, not verified since) used `data-cy` hooks.
export const dice: SiteAdapter = {
  id: 'dice',
  name: 'Dice',
  matches: ['*://www.dice.com/*'],
  isPosting: (url) => jobId(url) !== undefined,
  fields: {
    title: [
      `${HEADER} h1`, // 2024–2026
      'h1[data-cy="jobTitle"]', // older pages
    ],
    company: [
      `${HEADER} a[data-wa-click="djv-job-company-profile-click"]`, // 2026
      `${HEADER} a[href*="company-profile"]`, // 2024–2026
      'a[data-cy="companyNameLink"]', // older pages
    ],
    workplace: [
      `${HEADER} [data-testid="locationTypeBadge"]`, // 2025–2026
    ],
    description: [
      `div[class*="__jobDescription"]`, // 2025–2026 (CSS module)
      '[data-cy="jobDescription"]', // older pages
      '#jobdescSec', // older pages
    ],
  },
  read: (doc, url) => {
    const header = doc.querySelector(HEADER);
    // the first span of the subtitle line is the place; the second, when it was posted
    const line = header ? textOf(header, ['span.order-3 > span']) : textOf(doc, ['li[data-cy="location"]']);
    const badges = header ? readBadges(header) : { raw: [] };
    return adapterFound(
      {
        locationText: line && placeOf(line),
        employmentType: badges.employmentType,
        salaryText: badges.salaryText,
        postingId: jobId(url),
      },
      { locationText: line, employmentType: badges.raw.join(' | '), postingId: url.pathname },
    );
  },
};
