import { notAPosting } from './confirm';
import { employerOf, isBoardName } from './employer';
import { locationChip } from './location-chip';
import { withPostingData } from './posting-data';
import { cleanTitle } from './title-clean';
import { withoutCompany } from '../text/title-company';
import { withHostCountry } from './eligibility/host';
import { readEligibility, withDataEvidence } from './eligibility';
import type { Found } from '../model/fields';
import { JobSchema, type Job } from '../model/job';
import type { PageReading } from '../model/reading';
import { withLabelLines } from './label-lines';
import { withHeadingParts } from './heading';
import { withPageTitles } from './page-titles';
import { resolveEmployment, resolveWorkplace, type Resolved } from './workplace';
import { pickSalary } from './salary';
import { splitMarker } from '../text/markers';
import type { Eligibility, Salary } from '../model/types';
import { webUrl } from '../text/web-url';
import { lettersAndDigits } from '../text/compare';

// The half of a scan that needs no page: the salary and eligibility engines over what
// lib/page/read-page.ts read, validated into a Job. It runs in the background for the content script
// (keeping the content script small) and directly in the CLI and the tests.

/** Why a reading made no job: the page's detector left the call to the heading, and its words
 * name no role on offer (lib/analysis/confirm.ts). */
export const NOT_A_POSTING = 'the heading names no role on offer';

export interface Interpretation {
  job: Job | null;
  /** Every pay figure found, the headline first. */
  salaries: Salary[];
  /** Why the page's data could not make a valid job, if it could not. */
  problems: string[];
}

function provenance(f: Found, extra: Record<string, Resolved<string>>): Job['provenance'] {
  const out: Job['provenance'] = {};
  for (const [name, field] of Object.entries(f)) if (field) out[name] = field;
  for (const [name, r] of Object.entries(extra))
    if (r) out[name] = { value: r.value, source: r.source, evidence: r.evidence };
  return out;
}

// A Job's location holds at most this much (lib/model/job.ts); a page listing hundreds of offices keeps
// the first ones rather than losing the whole job.
const LOCATION_LIMIT = 1000;

/** A location field as the eligibility engine reads it: its emoji badge dropped ("🌎 Remote - US"),
 * a long list of offices cut at a separator. */
export function locationLine(field: string): string {
  const { text } = splitMarker(field);
  if (text.length <= LOCATION_LIMIT) return text;
  const cut = text.slice(0, LOCATION_LIMIT);
  const lastSeparator = Math.max(cut.lastIndexOf(';'), cut.lastIndexOf(','));
  return (lastSeparator > 0 ? cut.slice(0, lastSeparator) : cut).trim();
}

/** The title's heading as the page wrote it, when the title was cut from it; else the title. */
function headingOf(title: Found['title']): string | null {
  if (!title) return null;
  const { value, evidence } = title;
  return evidence.length <= 300 && evidence.includes(value) ? evidence : value;
}

/** The one country a posting is open in, which settles a bare "$" in its pay; else null. */
export const countryHintOf = (e: Eligibility): string | null =>
  e.countries.length === 1 ? (e.countries[0] ?? null) : null;

/** Facts a job can do without: when the page's value for one is unreadable, the job keeps the rest. */
const SIDE_FACTS = new Set(['datePosted', 'validThrough', 'experience', 'postingId', 'applyUrl', 'company']);

/** A place read off the page's titles or its structured data is quoted only where the page's own
 * text shows it too. */
function unshownAfter(page: PageReading, titled: Found): PageReading['unshown'] {
  const place = titled.locationText;
  if (!place || place === page.fields.locationText) return page.unshown;
  const text = lettersAndDigits([...page.header, ...page.body].join(' '));
  return text.includes(lettersAndDigits(place.value)) ? page.unshown : [...page.unshown, 'locationText'];
}

export function interpret(page: PageReading): Interpretation {
  if (notAPosting(page)) return { job: null, salaries: [], problems: [NOT_A_POSTING] };
  // What the page's titles say by their conventions, the heading's role told from what is packed
  // around it; then fields the content script left empty may be written as label lines in another
  // language.
  const titled = withPageTitles(withPostingData(page.fields, page.structured), page.pageTitles);
  const labelled = withLabelLines(withHeadingParts(titled, page.header), page.body);
  const chip = labelled.locationText ? undefined : locationChip(page.header);
  const fields = chip ? { ...labelled, locationText: chip } : labelled;
  const r = { ...page, fields, unshown: unshownAfter(page, titled) };
  // Resolved against the page (JSON-LD may give a relative one). The reading came from a content
  // script, so the check that it leads to a web page is made again here.
  const applyUrl = (r.fields.applyUrl && webUrl(r.fields.applyUrl.value, r.url)) ?? null;
  const texts = [r.fields.title?.value ?? '', ...r.body];
  const board = r.site !== 'generic';
  const named = board && isBoardName(r.fields.company, r.url) ? undefined : r.fields.company;
  const company = employerOf(named, texts, {
    url: board ? null : r.url,
    board: board ? r.url : null,
    applyUrls: [applyUrl, ...r.applyLinks],
    titles: [...r.header, ...r.pageTitles],
    logos: r.logos,
  });
  // The employer, however it was read, may close or open the heading: "Dev Java - Acme".
  const title = r.fields.title && {
    ...r.fields.title,
    value: cleanTitle(
      company ? withoutCompany(r.fields.title.value, company.value) : r.fields.title.value,
      company?.value ?? null,
    ),
  };
  const f = { ...r.fields, applyUrl: applyUrl ? r.fields.applyUrl : undefined, company, title };
  const location = f.locationText ? locationLine(f.locationText.value) : null;
  const workplace = resolveWorkplace(r);
  const employment = resolveEmployment(r);
  const read = readEligibility({
    // The heading as written: "LATAM - Frontend Developer" names a region the cleaned title drops.
    title: headingOf(f.title),
    locationText: location,
    workplace: workplace?.value ?? 'unknown',
    jsonld: r.structured,
    blocks: r.body,
  });
  // A location line the page does not show (read from its data) is labelled as data, not quoted.
  const shownAs = location && r.unshown.includes('locationText') ? withDataEvidence(read, location) : read;
  // an office job placed nowhere by its employer's own page (a board's domain says nothing of its
  // jobs): the site's country
  const eligibility = board ? shownAs : withHostCountry(shownAs, r.url, workplace?.value === 'remote');
  const countryHint = countryHintOf(eligibility);
  const { salary, all } = pickSalary({
    jsonld: r.structured.baseSalary,
    jsonldCurrency: r.structured.salaryCurrency,
    labelled: f.salaryText
      ? [
          {
            text: f.salaryText.value,
            source: f.salaryText.source,
            label: 'salary',
            shown: f.salaryText.evidence,
          },
        ]
      : [],
    blocks: r.body,
    context: r.body.join('\n'),
    countryHint,
    header: r.header,
  });
  const candidate = {
    url: r.url,
    canonicalUrl: r.canonicalUrl,
    site: r.site,
    title: f.title?.value ?? '',
    company: f.company?.value ?? null,
    locationText: location,
    workplace: workplace?.value ?? 'unknown',
    employmentType: employment?.value ?? 'unknown',
    datePosted: f.datePosted?.value ?? null,
    validThrough: f.validThrough?.value ?? null,
    experience: f.experience?.value ?? null,
    applyUrl,
    postingId: f.postingId?.value ?? null,
    description: r.description,
    salary,
    eligibility,
    provenance: provenance(f, { workplace, employmentType: employment }),
  };
  let parsed = JobSchema.safeParse(candidate);
  // A side fact the page wrote oddly (a "closing date" that is a paragraph) is not worth the job:
  // it is dropped, and the job kept.
  if (!parsed.success) {
    const odd = new Set(parsed.error.issues.map((i) => String(i.path[0])).filter((k) => SIDE_FACTS.has(k)));
    if (odd.size)
      parsed = JobSchema.safeParse({ ...candidate, ...Object.fromEntries([...odd].map((k) => [k, null])) });
  }
  if (parsed.success) return { job: parsed.data, salaries: all, problems: [] };
  const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  return { job: null, salaries: all, problems };
}
