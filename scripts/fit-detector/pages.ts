import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDocument } from '../../cli/load';
import { pageSignals, type Features } from '../../lib/page/detect/features';
import { readSite } from '../../lib/page/sites';
import { heldOut } from '../corpus-parts.mjs';

// The labelled pages the detector is fitted on: our own fixtures (always) and the working part of
// ../shared/corpus when it is there (never its set-aside third).

export interface Example {
  name: string;
  isJob: boolean;
  features: Features;
}

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures');

/** Fixture pages that are not postings, and where each page is served from. */
const FIXTURE_PAGES: Record<string, [url: string, isJob: boolean]> = {
  'jsonld-posting.html': ['https://boards.greenhouse.io/northwind/jobs/4410021', true],
  'label-value.html': ['https://www.remotewlb.com/jobs/data-platform-engineer', true],
  'article.html': ['https://news.example/2026/remote-hiring', false],
  'list.html': ['https://board.example/remote-engineering-jobs', false],
  'feed-item.html': ['https://github.example/remote-feed/issues/88', true],
  'careers-index.html': ['https://brightwave.example/careers', false],
  'about.html': ['https://brightwave.example/about', false],
  'results-table.html': ['https://jobfinder.example/data-jobs-sydney', false],
  'other-job-jsonld.html': ['https://brightwave.example/blog/on-call', false],
  'several-roles.html': ['https://furrowline.example/careers', true],
  'saved-duplicate.html': ['https://remotewlb.com/job/backend-engineer-acme-robotics-318900', true],
  'saved-greenhouse.html': ['https://boards.greenhouse.io/acmerobotics/jobs/5120034', true],
  'saved-linkedin.html': ['https://www.linkedin.com/jobs/view/3900123456', true],
  'saved-remotewlb.html': ['https://remotewlb.com/job/frontend-developer-brightleaf-318877', true],
  'spa.html': ['https://www.linkedin.com/jobs/view/111', true],
  'sticky-apply.html': ['https://boards.greenhouse.io/acme/jobs/777', true],
  'linkedin-rail.html': ['https://fr.linkedin.com/jobs/view/ingenieur-donnees-h-f-at-maree-4010999999', true],
};

function example(name: string, file: string, url: string | undefined, isJob: boolean): Example {
  const page = openDocument(file, url ?? 'https://unknown.invalid/');
  try {
    const at = new URL(url ?? 'https://unknown.invalid/');
    const sitePosting = readSite(page.doc, at)?.isPosting ?? false;
    return { name, isJob, features: pageSignals(page.doc, at, sitePosting).features };
  } finally {
    page.close();
  }
}

function fixtureExamples(): Example[] {
  const out: Example[] = [];
  for (const [file, [url, isJob]] of Object.entries(FIXTURE_PAGES))
    out.push(example(`pages/${file}`, join(FIXTURES, 'pages', file), url, isJob));
  for (const file of readdirSync(join(FIXTURES, 'seeds')))
    out.push(example(`seeds/${file}`, join(FIXTURES, 'seeds', file), 'https://jobs.example/posting/1', true));
  for (const file of readdirSync(join(FIXTURES, 'sites'))) {
    const path = join(FIXTURES, 'sites', file);
    const url = /^<!--\s*url:\s*(\S+)\s*-->/.exec(readFileSync(path, 'utf8'))?.[1];
    out.push(example(`sites/${file}`, path, url, true));
  }
  return out;
}

function corpusExamples(dir: string): Example[] {
  if (!existsSync(dir)) return [];
  const out: Example[] = [];
  for (const file of readdirSync(dir).sort()) {
    const m = /^(.+)\.(html?|md|txt)$/.exec(file);
    if (!m || file === 'INDEX.md' || heldOut(m[1] ?? '')) continue;
    const label = JSON.parse(readFileSync(join(dir, `${m[1]}.json`), 'utf8')) as {
      isJob?: boolean;
      url?: string;
    };
    out.push(example(`corpus/${m[1]}`, join(dir, file), label.url, label.isJob !== false));
  }
  return out;
}

export function labelledPages(corpus: string): Example[] {
  return [...fixtureExamples(), ...corpusExamples(corpus)];
}
