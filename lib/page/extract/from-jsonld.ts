import { structuredText } from '../../text/structured-text';
import { findJobPostings, hasType } from './jsonld';
import type { JsonObject } from '../../model/json';
import { found, type Found, type Structured } from '../../model/fields';

// The page reads a JobPosting's title and body, which decide where the posting is and what the
// engines read; the background reads its other fields from the node itself (the reading's
// `structured.jsonld`, lib/analysis/posting-data.ts).

// A posting's text is not only its description: generators put whole sections in these properties
// ("Hybrid working: …" under jobBenefits), and a reader reads them as part of the posting.
const SECTIONS = ['responsibilities', 'qualifications', 'skills', 'jobBenefits'] as const;
const BODY = new Set<string>(['description', ...SECTIONS]);

function body(job: JsonObject): string | undefined {
  const description = structuredText(job['description']);
  const sections = SECTIONS.map((key) => structuredText(job[key])).filter(
    (text): text is string => !!text && !description?.includes(text),
  );
  return [description, ...sections].filter(Boolean).join('\n') || undefined;
}

/** The posting's title and body as its structured data states them. */
export function fieldsFromJobPosting(job: JsonObject, source: 'jsonld' | 'microdata' = 'jsonld'): Found {
  return found(source, { title: structuredText(job['title'] ?? job['name']), description: body(job) });
}

/** The posting without its body, which the reading carries as its own. */
export const withoutBody = (job: JsonObject): JsonObject =>
  Object.fromEntries(Object.entries(job).filter(([key]) => !BODY.has(key)));

export function structuredFromJobPosting(job: JsonObject): Structured {
  return {
    baseSalary: job['baseSalary'] ?? job['estimatedSalary'],
    salaryCurrency: structuredText(job['salaryCurrency']),
    applicantLocationRequirements: job['applicantLocationRequirements'],
    jobLocation: job['jobLocation'],
    jobLocationType: job['jobLocationType'],
  };
}

export { findJobPostings, hasType };
