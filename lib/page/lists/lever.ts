import { cleanText } from '../../text/repair';
import type { CardParts, ListParts } from '../sites/types';

const textOf = (el: Element | null): string => cleanText(el?.textContent ?? '');

/**
 * A card's place, with its workplace when the card names one apart: a row reads
 * "Remote — Full-time  Mexico City", the workplace tag written before the commitment, its dash a
 * separator. The place says "Mexico City (Remote)", as a posting's location line would.
 */
function placeAndWorkplace(card: Element): CardParts {
  const place = textOf(card.querySelector('.sort-by-location, .location'));
  const workplace = textOf(card.querySelector('.workplaceTypes')).replace(/[\s—–-]+$/, '');
  if (!place) return {};
  const said = workplace && !place.toLowerCase().includes(workplace.toLowerCase());
  return { location: said ? `${place} (${workplace})` : place };
}

// Lever boards: jobs(.eu).lever.co/<site> (filters as ?team=&location=&commitment=), one server page,
// `.posting` rows in a `.postings-group` per team (2019–2026). A row's data-qa-posting-id is the job's
// UUID; its categories are the workplace ("Remote — "), commitment and place. A pattern cannot tell
// /<site> from a posting's /<site>/<uuid>: a posting page has no rows. No row shows pay.
export const leverList: ListParts = {
  site: 'lever',
  matches: ['*://jobs.lever.co/*', '*://jobs.eu.lever.co/*'],
  inFrames: true, // a company's careers page may embed its board in a frame
  card: '.postings-group .posting',
  idAttribute: 'data-qa-posting-id',
  link: 'a.posting-title', // /<site>/<uuid>, when a row has no id attribute
  title: [
    '[data-qa="posting-name"]', // the row's h5
    'a.posting-title h5',
  ],
  location: [
    '.sort-by-location', // "Toronto, ON", "Remote - US"
    '.location',
  ],
  read: placeAndWorkplace,
};
