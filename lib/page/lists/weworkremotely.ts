import { cleanText } from '../../text/repair';
import { namesPay } from '../sites/embedded';
import type { ListParts } from '../sites/types';

/** The regions a card's chips name ("USA Only", "Anywhere in the World"); its other chips are the
 * job type and the pay ("$100,000 or more USD"). */
const REGION_CHIP = /\bonly\b|^anywhere in the world$|time ?zones?/i;

function readChips(card: Element): { location?: string; pay?: string } {
  const chips = Array.from(card.querySelectorAll('.new-listing__categories__category'))
    .slice(0, 12)
    .map((c) => cleanText(c.textContent ?? ''));
  return {
    location: chips.filter((c) => REGION_CHIP.test(c) && !namesPay(c)).join('; ') || undefined,
    pay: chips.find(namesPay),
  };
}

// We Work Remotely's lists (2025–2026 design): one li.new-listing-container per job (ads are
// .listing-ad); the headquarters line is not where one may work.
export const weworkremotelyList: ListParts = {
  site: 'weworkremotely',
  remoteBoard: 'We Work Remotely',
  matches: [
    '*://weworkremotely.com/',
    '*://weworkremotely.com/categories/*',
    '*://weworkremotely.com/remote-jobs/search*',
    '*://weworkremotely.com/remote-jobs/new*',
    '*://weworkremotely.com/100-percent-remote-jobs*',
  ],
  card: 'li.new-listing-container:not(.listing-ad)',
  link: 'a[href^="/remote-jobs/"], a[href^="/listings/"]',
  title: ['.new-listing__header__title'],
  company: ['.new-listing__company-name'],
  location: ['.new-listing__categories__category'], // the chip goes after the last chip
  read: readChips,
};
