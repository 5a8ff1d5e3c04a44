import { adapterFound, linesOf, textOf } from './embedded';
import { splitMarker } from '../../text/markers';
import { cleanText } from '../../text/repair';
import type { SiteAdapter } from './types';

const jobId = (url: URL): string | undefined =>
  /^\/remote-jobs\/(\d+)(?:-[^/]*)?\/?$/.exec(url.pathname)?.[1];

/** Pay the site estimated itself ("$70k - $120k*", with a tooltip saying so) is not the company's. */
const ESTIMATED = /\*\s*$|estimat/i;

/**
 * A row's tags: one `div.location` per place ("🇪🇺 Europe", "💃 Latin America"), then one for pay
 * ("💰 $70k - $120k*"). The emoji says which is which.
 */
export function readTags(row: Element): { places: string[]; pay?: string; raw: string[] } {
  const places: string[] = [];
  const raw: string[] = [];
  let pay: string | undefined;
  for (const tag of Array.from(row.querySelectorAll('.location')).slice(0, 20)) {
    const text = cleanText(tag.textContent ?? '');
    if (!text) continue;
    raw.push(text);
    const { text: value, marker } = splitMarker(text);
    if (marker === 'salary' || /^[$€£]\s?\d/.test(value)) {
      const hint = `${text} ${tag.getAttribute('title') ?? ''}`;
      if (!pay && !ESTIMATED.test(hint)) pay = value;
    } else if (marker !== 'time' && value) places.push(value);
  }
  return { places, pay, raw };
}

// Remote OK: remoteok.com/remote-jobs/<id>-remote-<title>-<company>. The job is a `tr.job` row
// (data-id = the id) with its description in the next row, `tr.expand`. The row's JSON-LD is
// good for title, dates and description, but its location requirement and address are always
// "Anywhere", and its baseSalary is the site's own estimate when the company gave none: the
// visible tags are read instead.
export const remoteok: SiteAdapter = {
  id: 'remoteok',
  name: 'Remote OK',
  matches: ['*://remoteok.com/remote-jobs/*', '*://*.remoteok.com/remote-jobs/*'],
  isPosting: (url) => jobId(url) !== undefined,
  workplace: 'remote',
  distrust: ['baseSalary', 'applicantLocationRequirements', 'jobLocation'],
  read: (doc, url) => {
    const id = jobId(url);
    if (!id) return {};
    // this job's row (a page can hold other rows, e.g. related jobs)
    const row = doc.querySelector(`tr.job[data-id="${id}"], tr.job-${id}`) ?? doc.querySelector('tr.job');
    const expand = doc.querySelector(`tr.expand-${id}`) ?? row?.nextElementSibling ?? null;
    const tags = row ? readTags(row) : { places: [], raw: [] };
    const title = row && textOf(row, ['h2[itemprop="title"]', 'h2']);
    const company = row && textOf(row, ['h3[itemprop="name"]', '.companyLink h3']);
    return adapterFound(
      {
        title: title ?? textOf(doc, ['.company_profile + div h1']), // 2025 job page header
        company: company ?? textOf(doc, ['.company_profile h2']),
        locationText: tags.places.join('; '),
        salaryText: tags.pay,
        datePosted: row?.querySelector('td.time time[datetime]')?.getAttribute('datetime'),
        description: expand
          ? linesOf(expand, ['.description .markdown', '.description .html', '.description'])
          : undefined,
        postingId: id,
      },
      {
        locationText: tags.raw.join(' | '),
        salaryText: tags.raw.find((t) => t.includes(tags.pay ?? '\0')),
        postingId: url.pathname,
      },
    );
  },
};
