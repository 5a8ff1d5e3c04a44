import { cleanText } from '../../text/repair';
import { htmlToText } from '../../text/html';
import { findJobPostings, hasType } from './jsonld';
import type { JsonObject } from '../../model/json';
import { found, type Found, type Structured } from '../../model/fields';

// No field is kept beyond 100 000 characters of text (lib/page/read-page.ts); reading more of a
// multi-megabyte description, markup included, would only cost time.
const RAW_TEXT_LIMIT = 400_000;

/** A JSON-LD value as one line of text: HTML read as text, a list joined, a {name}/{value} object read through. */
function jsonLdText(v: unknown): string | undefined {
  if (typeof v === 'string') return cleanText(htmlToText(v.slice(0, RAW_TEXT_LIMIT))) || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(jsonLdText).filter(Boolean).join(', ') || undefined;
  if (v && typeof v === 'object') {
    const o = v as JsonObject;
    return jsonLdText(o['name'] ?? o['value'] ?? o['@value']);
  }
  return undefined;
}

function addressText(place: unknown): string | undefined {
  if (!place || typeof place !== 'object') return jsonLdText(place);
  const p = place as JsonObject;
  const a = (p['address'] ?? p) as unknown;
  if (typeof a === 'string') return cleanText(a);
  if (!a || typeof a !== 'object') return jsonLdText(p['name']);
  const o = a as JsonObject;
  const parts = [o['addressLocality'], o['addressRegion'], o['addressCountry']]
    .map(jsonLdText)
    .filter(Boolean);
  return [...new Set(parts)].join(', ') || jsonLdText(p['name']);
}

function locationText(job: JsonObject): string | undefined {
  const places = ([] as unknown[]).concat(job['jobLocation'] ?? []);
  const text = [...new Set(places.map(addressText).filter(Boolean))].join('; ');
  if (text) return text;
  return jsonLdText(job['applicantLocationRequirements']);
}

function experience(v: unknown): string | undefined {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const months = Number((v as JsonObject)['monthsOfExperience']);
    if (months > 0) return months % 12 === 0 ? `${months / 12} years` : `${months} months`;
  }
  return jsonLdText(v);
}

function postingId(v: unknown): string | undefined {
  if (v && typeof v === 'object' && !Array.isArray(v)) return jsonLdText((v as JsonObject)['value']);
  return jsonLdText(v);
}

function workplace(job: JsonObject): string | undefined {
  const type = jsonLdText(job['jobLocationType']);
  if (type && /telecommute|remote/i.test(type)) return 'remote';
  return undefined;
}

// A posting's text is not only its description: generators put whole sections in these properties
// ("Hybrid working: …" under jobBenefits), and a reader reads them as part of the posting.
const SECTIONS = ['responsibilities', 'qualifications', 'skills', 'jobBenefits'] as const;

function body(job: JsonObject): string | undefined {
  const description = jsonLdText(job['description']);
  const sections = SECTIONS.map((key) => jsonLdText(job[key])).filter(
    (text): text is string => !!text && !description?.includes(text),
  );
  return [description, ...sections].filter(Boolean).join('\n') || undefined;
}

/** The posting's fields as its JSON-LD states them. */
export function fieldsFromJobPosting(job: JsonObject, source: 'jsonld' | 'microdata' = 'jsonld'): Found {
  const org = job['hiringOrganization'];
  return found(source, {
    title: jsonLdText(job['title'] ?? job['name']),
    company: typeof org === 'string' ? cleanText(org) : jsonLdText(org),
    locationText: locationText(job),
    workplace: workplace(job),
    employmentType: jsonLdText(job['employmentType']),
    datePosted: jsonLdText(job['datePosted']),
    validThrough: jsonLdText(job['validThrough']),
    experience: experience(job['experienceRequirements']),
    description: body(job),
    applyUrl: jsonLdText(job['url']),
    postingId: postingId(job['identifier']),
  });
}

export function structuredFromJobPosting(job: JsonObject): Structured {
  return {
    baseSalary: job['baseSalary'] ?? job['estimatedSalary'],
    salaryCurrency: jsonLdText(job['salaryCurrency']),
    applicantLocationRequirements: job['applicantLocationRequirements'],
    jobLocation: job['jobLocation'],
    jobLocationType: job['jobLocationType'],
  };
}

export { findJobPostings, hasType };
