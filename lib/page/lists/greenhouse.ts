import { cleanText } from '../../text/repair';
import type { CardParts, ListParts } from '../sites/types';

/** A 2025 board marks a fresh job with a "New" badge inside its title (`span.tag-container`): the
 * title is read without it. */
function titleWithoutBadge(card: Element): CardParts {
  const title = card.querySelector('p.body--medium');
  if (!title?.querySelector('.tag-container')) return {};
  const copy = title.cloneNode(true) as Element;
  for (const badge of Array.from(copy.querySelectorAll('.tag-container'))) badge.remove();
  const text = cleanText(copy.textContent ?? '');
  return text ? { title: text } : {};
}

// Greenhouse boards: the 2025 board at job-boards(.eu).greenhouse.io/<token> (departments, office
// filters, `?page=N`, 50 jobs a page), the legacy board at boards.greenhouse.io/<token>, and the
// embedded board /embed/job_board?for=<token> opened on its own. A pattern cannot tell /<token> from
// a job's /<token>/jobs/<id>, so the patterns are the posting script's: a job page has no job rows
// (a closed job's address serves the board, whose rows then get chips). In a company's page the
// embed is a frame, where this list script runs too; its links may point at the company's own page
// with `?gh_jid=<id>`, which names the job. No card shows pay.
export const greenhouseList: ListParts = {
  site: 'greenhouse',
  matches: [
    '*://boards.greenhouse.io/*',
    '*://job-boards.greenhouse.io/*',
    '*://job-boards.eu.greenhouse.io/*',
  ],
  card: [
    'tr.job-post', // 2025 boards (Remix) and their embed: a table row per job, a table per department
    'div.opening', // legacy boards: a div per job, repeated under each of its departments
  ].join(', '),
  link: 'a[href*="/jobs/"], a[href*="gh_jid="]', // …/<token>/jobs/<id>, or <company page>?gh_jid=<id>
  idParam: 'gh_jid',
  inFrames: true,
  title: [
    'p.body--medium', // 2025 boards, inside the row's link
    'a[href*="/jobs/"]', // legacy boards: the link is the title
  ],
  location: [
    'p.body--metadata', // 2025 boards, under the title: "Remote - India", "Hybrid - Dublin, Ireland"
    'span.location', // legacy boards, after the link
  ],
  read: titleWithoutBadge,
};
