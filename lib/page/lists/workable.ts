import { visibleText } from '../blocks';
import { cleanText } from '../../text/repair';
import type { CardParts, ListParts } from '../sites/types';

const textOf = (el: Element | null): string => (el ? cleanText(visibleText(el)) : '');

/** A card's place with its workplace tag ("Remote", "Hybrid", "On-site"), as a posting's location
 * line would say it: "Athens, Attica, Greece (Hybrid)". A remote job may name no place at all. */
function placeAndWorkplace(card: Element): CardParts {
  const place = textOf(card.querySelector('[data-ui="job-location"]'));
  const workplace = textOf(card.querySelector('[data-ui="job-workplace"]'));
  if (!place) return {};
  const said = workplace && !place.toLowerCase().includes(workplace.toLowerCase());
  return { location: said ? `${place} (${workplace})` : place };
}

// Workable boards: apply.workable.com/<account>/ (about 2020–2026), client-rendered, with `data-ui`
// hooks: `ul[data-ui="list"]` of `li[data-ui="job"]` (data-id = the job's shortcode), more cards on
// "Show more" (`button[data-ui="load-more-button"]`). A card holds an empty link to /<account>/j/<code>/,
// the title, the workplace tag, the place (`div[data-ui="job-location"]`, empty for some remote jobs),
// department and type. The app opens postings without loading a page, so the list script runs on
// its posting pages too (the one pattern covers both; a posting page has no job list). No card
// shows pay.
export const workableList: ListParts = {
  site: 'workable',
  matches: ['*://apply.workable.com/*'],
  card: 'ul[data-ui="list"] li[data-ui="job"]',
  idAttribute: 'data-id',
  link: 'a[href*="/j/"]',
  title: ['[data-ui="job-title"]'], // an h3 (2020–2026), its text in a span
  location: [
    '[data-ui="job-location"]', // div > [data-ui="job-location-tooltip"] > span (2026); a span before
  ],
  read: placeAndWorkplace,
};
