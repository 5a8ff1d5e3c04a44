import type { JsonObject } from './json';
import type { Field, Source } from './types';

/** The text fields every source may contribute, before normalisation. */
export const FIELD_NAMES = [
  'title',
  'company',
  'locationText',
  'workplace',
  'employmentType',
  'datePosted',
  'validThrough',
  'experience',
  'description',
  'applyUrl',
  'postingId',
  'salaryText',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export type Found = Partial<Record<FieldName, Field<string>>>;

/** How long a field's value and evidence may be: a hostile page's megabytes would otherwise cost
 * the background seconds (the schema holds it: lib/model/job.ts). */
export const FIELD_TEXT = 100_000;

/** Structured values that later stages read as they are (salary and eligibility engines). */
export interface Structured {
  baseSalary?: unknown;
  salaryCurrency?: string;
  applicantLocationRequirements?: unknown;
  jobLocation?: unknown;
  jobLocationType?: unknown;
  /** The page's JSON-LD and microdata JobPosting as written, their body left out (it is the
   * reading's body): the background reads their other fields (lib/analysis/posting-data.ts). */
  jsonld?: JsonObject;
  microdata?: JsonObject;
}

/** Build a Found from plain values, dropping empty ones. */
export function found(
  source: Source,
  values: Partial<Record<FieldName, string | null | undefined>>,
  evidence?: Partial<Record<FieldName, string>>,
): Found {
  const out: Found = {};
  for (const name of FIELD_NAMES) {
    const value = values[name]?.trim();
    if (value) out[name] = { value, source, evidence: evidence?.[name] ?? value };
  }
  return out;
}
