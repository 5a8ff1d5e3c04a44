import { cleanText } from '../../text/repair';
import { firstText, namesPay } from '../sites/embedded';
import { visibleText } from '../blocks';
import type { CardParts, ListParts } from '../sites/types';

/** Indeed's own estimate ("Estimated $89.1K – $113K a year"), not the employer's pay. */
const ESTIMATE = '.estimated-salary, .estimated-salary-container';
/** "+3 locations": a link inside the place line (2022), or next to it. */
const ROLLUP = '.more_loc_container, .more_loc, [data-testid="location-rollup"]';

/** The first of `selector`'s elements (in page order) whose visible text `keep` takes. */
const first = (
  root: Element,
  selector: string,
  keep: (el: Element, text: string) => boolean = () => true,
): string | undefined =>
  firstText(root, [selector], (el) => {
    const text = cleanText(visibleText(el));
    return text && keep(el, text) ? text : undefined;
  });

/** A pay chip, not Indeed's estimate nor "$0". */
const isPay = (chip: Element, text: string): boolean =>
  !chip.closest(ESTIMATE) && !chip.querySelector(ESTIMATE) && namesPay(text);

/** The result's place line, then its "+3 locations" as written: "Toronto, ON; +3 locations". */
function places(result: Element): string | undefined {
  const line = result.querySelector('[data-testid="text-location"], .companyLocation');
  let place: string | undefined;
  if (line) {
    const copy = line.cloneNode(true) as Element;
    for (const more of Array.from(copy.querySelectorAll(ROLLUP))) more.remove();
    place = cleanText(visibleText(copy)) || undefined;
  }
  const more = first(result, '[data-testid="location-rollup"], .more_loc');
  return [place, more].filter(Boolean).join('; ') || undefined;
}

/** A result's company, places and pay. */
function readResult(result: Element): CardParts {
  return {
    company: first(result, '[data-testid="company-name"], .companyName'), // 2023–2026, 2022–2023
    location: places(result),
    // 2022–2023 .salary-snippet-container; 2023–2026 one chip among the job type, the shifts…
    pay: first(result, '.salary-snippet-container, [data-testid="attribute_snippet_testid"]', isPay),
  };
}

// Indeed's lists: the search <cc>.indeed.com/jobs?q=…&l=…&start=10n (also /m/jobs, /emplois and the
// pages /q-<what>-l-<where>-jobs.html) and the home feed (/), full pages; `vjk` names the job in the
// pane beside them, the posting script's. One `.result` per job in a `li` (2022–2026), its job key
// only on its title link: a#job_<jk>, or a#sj_<jk> (/pagead/clk) for a sponsored job, a real job all
// the same. The copies Indeed keeps hidden (.result[aria-hidden="true"]) are left out by the reader.
export const indeedList: ListParts = {
  site: 'indeed',
  matches: [
    '*://*.indeed.com/jobs*',
    '*://*.indeed.com/m/jobs*',
    '*://*.indeed.com/emplois*',
    '*://*.indeed.com/',
    '*://*.indeed.com/?*',
    '*://*.indeed.com/q-*-jobs.html*',
    '*://*.indeed.com/l-*-jobs.html*',
  ],
  card: '.result:has([data-jk])',
  idAttribute: 'data-jk',
  idFrom: '[data-jk]',
  link: 'a[data-jk]',
  title: ['[id^="jobTitle-"]', 'span[title]'],
  location: ['[data-testid="text-location"]', '.companyLocation'], // the chip goes after the place
  read: readResult,
};
