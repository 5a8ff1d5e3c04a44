import type { Doubt, PageReading } from '../model/reading';
import { ROLE_NOUN } from '../text/more-role-words';
import { headingNamesARole } from '../text/role-words';

// The page's detector weighs whether the h1 and the page's title name a role with the short word
// list every content script carries; where that word decides, it leaves the call to the
// background, which reads them with the whole vocabulary (../text/more-role-words.ts) and tells a
// heading about a role from one offering it.

// Headings about a role rather than offering one: pay surveys, job descriptions, interview
// questions, courses, news of an appointment or of a hiring spree, an agency's "Hire React
// developers", a job seeker's "[For hire]", a search's "Python developer jobs in Berlin".
const TOPIC =
  /^\s*(?:hire|become|top \d+)\b|\b(?:salar(?:y|ies) (?:in|for|guide|survey|report)|average .{1,40} salary|salaries|pay scale|job description|interview questions|courses? (?:in|for|on)|certificate (?:in|program)|bootcamp|career (?:path|guide)|for hire|to hire \d+|job alerts?|(?:appoints?|appointed|names|named)\b.{1,80}\bas|promot(?:es|ed)\b.{1,80}\bto|(?:jobs|vacancies|openings) (?:in|at|near|for)|\d[\d,.]* (?:jobs|vacancies|openings))\b/i;

const roleNoun = (text: string): boolean => ROLE_NOUN.test(text);

/** "Electricians": an occupation named by one word in the plural is a page about it (".Net Developers"
 * on an issue board may hire several). */
function pluralOnly(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const singular = text.trim().replace(/(?<=\p{L}{3})e?s$/u, '');
  return words.length === 1 && singular !== text.trim() && roleNoun(singular);
}

/** Whether a heading or title is about a role rather than offering one. */
export const namesATopic = (text: string): boolean => TOPIC.test(text) || pluralOnly(text);

/** A heading or title that names a role on offer: the detector's own test, with more words. */
const offersARole = (text: string): boolean => headingNamesARole(text, 20, roleNoun) && !namesATopic(text);

/** Whether the page is a posting, its h1 and title read here: the page's sum of the other signals,
 * plus what each adds when it names a role on offer. */
export function confirmed(doubt: Doubt, titles: readonly string[]): boolean {
  const h1 = offersARole(doubt.h1) ? doubt.h1Adds : 0;
  const title = titles.some(offersARole) ? doubt.titleAdds : 0;
  return doubt.base + h1 + title >= 0;
}

/** A reading the page sent on its detector's word that is no posting after all. */
export function notAPosting(page: PageReading): boolean {
  return !!page.doubt && !confirmed(page.doubt, page.pageTitles);
}
