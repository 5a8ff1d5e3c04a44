import { namesPay } from '../sites/embedded';
import { visibleText } from '../blocks';
import { cleanText } from '../../text/repair';
import type { CardParts, ListParts } from '../sites/types';

const WORKPLACE = /^(?:remote|hybrid|on-?site|in[- ]office)$/i;
const EMPLOYMENT =
  /^(?:full[- ]?time|part[- ]?time|contract(?:or)?|intern(?:ship)?|temporary|seasonal|freelance)$/i;
/** Perks written beside the pay ("Offers Equity"): neither a place nor pay. */
const PERK = /^offers\b|\bequity$|\bbonus$/i;

/**
 * A card's detail line, "Department • Location • Employment type • Workplace" (the department only
 * on some boards), as one place with its workplace: "Berlin (Hybrid)". The parts are told apart by
 * their place in the line, from its end, since a location can itself read "Remote".
 */
function readDetails(card: Element): CardParts {
  const details = card.querySelector('.ashby-job-posting-brief-details');
  if (!details) return {};
  const all = visibleText(details)
    .split(/\s*[•·]\s*|\n/)
    .map(cleanText)
    .filter(Boolean)
    .slice(0, 12);
  const pay = all.find(namesPay);
  const parts = all.filter((p) => !namesPay(p) && !PERK.test(p));
  // the workplace comes after the employment type; without one, a lone "Remote" is the location
  const workplace =
    parts.length > 2 && WORKPLACE.test(parts.at(-1) ?? '') && EMPLOYMENT.test(parts.at(-2) ?? '')
      ? parts.pop()
      : undefined;
  if (parts.length > 1 && EMPLOYMENT.test(parts.at(-1) ?? '')) parts.pop();
  const place = parts.at(-1);
  const location =
    place && workplace && !place.toLowerCase().includes(workplace.toLowerCase())
      ? `${place} (${workplace})`
      : place;
  return { location, pay };
}

// Ashby boards: jobs.ashbyhq.com/<board> (2023–2026), a React app whose cards are links to
// /<board>/<uuid> in `.ashby-job-posting-brief-list` (one list per department heading), each with
// `h3.ashby-job-posting-brief-title` and the detail line `.ashby-job-posting-brief-details`. The app
// moves between the board and its postings without loading a page, so the list script runs on the
// posting pages too: the one pattern covers both (a posting page has no brief list).
export const ashbyList: ListParts = {
  site: 'ashby',
  matches: ['*://jobs.ashbyhq.com/*'],
  inFrames: true, // a company's careers page may embed its board in a frame
  // the card is the link itself: its path (/<board>/<uuid>) is the id
  card: '.ashby-job-posting-brief-list a[href]',
  link: 'a[href]',
  title: ['.ashby-job-posting-brief-title', 'h3'],
  location: ['.ashby-job-posting-brief-details'], // the chip goes after the detail line
  read: readDetails,
};
