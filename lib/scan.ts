import { detect, type Detection } from './detect';
import { extract, type Extraction, type Found } from './extract';
import { canonicalUrl } from './extract/meta';
import { readEligibility } from './eligibility';
import { JobSchema, type Job } from './job';
import { headerBlocks, resolveEmployment, resolveWorkplace, type Resolved } from './resolve';
import { pickSalary } from './salary';
import { splitMarker } from './text/markers';
import type { Block } from './dom/blocks';
import { readSite, type SiteAdapter } from './sites';
import type { Salary } from './types';

export interface Scan {
  detection: Detection;
  /** Set only for a page that holds one posting. */
  job: Job | null;
  /** Every pay figure found, the headline first. */
  salaries: Salary[];
  /** Why the page's data could not make a valid job, if it could not. */
  problems: string[];
}

function description(x: Extraction): string {
  const own = x.fields.description?.value;
  const text = own ?? x.blocks.map((b) => b.text).join('\n');
  return text.slice(0, 100_000);
}

function provenance(f: Found, extra: Record<string, Resolved<string>>): Job['provenance'] {
  const out: Job['provenance'] = {};
  for (const [name, field] of Object.entries(f)) if (field) out[name] = field;
  for (const [name, r] of Object.entries(extra))
    if (r) out[name] = { value: r.value, source: r.source, evidence: r.evidence };
  return out;
}

/** The page's main region, when it marks one unambiguously. */
function mainRegion(doc: Document): Element | null {
  for (const selector of ['main', '[role="main"]', 'article']) {
    const found = doc.querySelectorAll(selector);
    if (found.length === 1) return found[0] as Element;
  }
  return null;
}

/** The eligibility and salary engines read the posting body, not the page chrome around it. */
function bodyBlocks(x: Extraction, doc: Document): Block[] {
  const own = x.fields.description?.value;
  if (own) return own.split('\n').map((text) => ({ text, el: doc.documentElement, tag: 'p' }));
  const main = mainRegion(doc);
  const inside = main ? x.blocks.filter((b) => main.contains(b.el)) : [];
  return inside.length ? inside : x.blocks;
}

function buildJob(
  x: Extraction,
  url: URL,
  doc: Document,
  adapter?: SiteAdapter,
): { job: Job | null; salaries: Salary[]; problems: string[] } {
  const f = x.fields;
  const body = bodyBlocks(x, doc);
  const texts = body.map((b) => b.text);
  const location = f.locationText ? splitMarker(f.locationText.value).text : null;
  const facts = {
    fields: f,
    body,
    header: headerBlocks(x.blocks, f.title?.value),
    structured: x.structured,
    adapter,
  };
  const workplace = resolveWorkplace(facts);
  const employment = resolveEmployment(facts);
  const eligibility = readEligibility({
    title: f.title?.value ?? null,
    locationText: location,
    workplace: workplace?.value ?? 'unknown',
    jsonld: x.structured,
    blocks: texts,
  });
  const countryHint = eligibility.countries.length === 1 ? (eligibility.countries[0] ?? null) : null;
  const { salary, all } = pickSalary({
    jsonld: x.structured.baseSalary,
    jsonldCurrency: x.structured.salaryCurrency,
    labelled: f.salaryText
      ? [{ text: f.salaryText.value, source: f.salaryText.source, label: 'salary' }]
      : [],
    blocks: texts,
    context: texts.join('\n'),
    countryHint,
  });
  const candidate = {
    url: url.href,
    canonicalUrl: canonicalUrl(doc, url.href) ?? null,
    site: adapter?.id ?? 'generic',
    title: f.title?.value ?? '',
    company: f.company?.value ?? null,
    locationText: location,
    workplace: workplace?.value ?? 'unknown',
    employmentType: employment?.value ?? 'unknown',
    datePosted: f.datePosted?.value ?? null,
    validThrough: f.validThrough?.value ?? null,
    experience: f.experience?.value ?? null,
    applyUrl: f.applyUrl?.value ?? null,
    postingId: f.postingId?.value ?? null,
    description: description(x),
    salary,
    eligibility,
    provenance: provenance(f, { workplace, employmentType: employment }),
  };
  const parsed = JobSchema.safeParse(candidate);
  if (parsed.success) return { job: parsed.data, salaries: all, problems: [] };
  return {
    job: null,
    salaries: all,
    problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
  };
}

/** detect → extract → normalise → salary → eligibility, as one pure function of the page. */
export function scan(doc: Document, url: URL): Scan {
  const site = readSite(doc, url);
  const detection = detect(doc, url, site?.isPosting ?? false);
  if (detection.kind !== 'posting') return { detection, job: null, salaries: [], problems: [] };
  const x = extract(doc, site?.fields);
  // Some boards fill their structured data with site-wide defaults (estimated pay, "Anywhere").
  for (const key of site?.adapter.distrust ?? []) delete x.structured[key];
  const built = buildJob(x, url, doc, site?.adapter);
  return { detection, ...built };
}
