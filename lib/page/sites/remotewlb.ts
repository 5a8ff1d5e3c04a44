import type { Found } from '../../model/fields';
import { splitMarker } from '../../text/markers';
import { cleanText } from '../../text/repair';
import type { SiteAdapter } from './types';

/** Badges name their kind with an emoji ("🌎 Remote - US", "💰 USD $1~$2"); read each by its marker. */
function readBadges(doc: Document): Found {
  const found: Found = {};
  for (const badge of Array.from(doc.querySelectorAll('h1 ~ h4 code, h1 ~ p code'))) {
    const raw = cleanText(badge.textContent ?? '');
    const { text, marker } = splitMarker(raw);
    const field = marker === 'location' ? 'locationText' : marker === 'salary' ? 'salaryText' : undefined;
    if (field && text && !found[field]) found[field] = { value: text, source: 'adapter', evidence: raw };
  }
  return found;
}

// remotewlb.com: postings at /job/<slug>-<id> (older mirrors: /apply/<slug>-<id>). The header is
// h1 (the title), the company right under it, then a line of emoji badges.
export const remotewlb: SiteAdapter = {
  id: 'remotewlb',
  name: 'remotewlb',
  matches: ['*://remotewlb.com/*', '*://*.remotewlb.com/*'],
  isPosting: (url) => /^\/(?:job|jobs|apply)\/[^/]+/.test(url.pathname),
  workplace: 'remote',
  fields: {
    title: ['main h1', 'h1'],
    // the company heading right under the title (2025 layout)
    company: ['main h1 + h3', 'h1 + h3', 'h1 + h2'],
  },
  read: readBadges,
};
