import * as z from 'zod/mini';
import './zod';
import {
  ELIGIBILITY_KINDS,
  EMPLOYMENT_TYPES,
  PERIODS,
  SOURCES,
  WORKPLACES,
  type Eligibility,
  type Salary,
} from './types';
import { pageUrl, text } from './schema';
import { FIELD_TEXT } from './fields';

const optionalText = (max = 2000) => z.nullable(text(max));
const codes = z.array(text(10)).check(z.maxLength(400));

export const FieldSchema = z.object({
  value: text(FIELD_TEXT),
  source: z.enum(SOURCES),
  evidence: text(FIELD_TEXT),
});

export const SalarySchema = z.object({
  min: z.nullable(z.number().check(z.nonnegative())),
  max: z.nullable(z.number().check(z.nonnegative())),
  currency: z.nullable(z.string().check(z.length(3))),
  period: z.enum(PERIODS),
  periodInferred: z.boolean(),
  raw: text(2000),
  source: z.enum(SOURCES),
  evidence: text(5000),
  flags: z.array(z.enum(['ote', 'doe', 'equity', 'bonus', 'commission', 'total-comp', 'estimate'])),
  why: z.optional(text(500)),
});

const EvidenceSchema = z.object({ text: text(5000), role: text(100) });

export const EligibilitySchema = z.object({
  kind: z.enum(ELIGIBILITY_KINDS),
  countries: codes,
  excludedCountries: codes,
  subdivisions: z.record(text(3), z.object({ include: codes, exclude: codes })),
  // Region ids are words, not codes: "NORTH_AMERICA" is 13 characters.
  regions: z.array(text(20)).check(z.maxLength(40)),
  timezones: optionalText(200),
  evidence: z.array(EvidenceSchema).check(z.maxLength(50)),
  notes: z.array(EvidenceSchema).check(z.maxLength(50)),
  visaSponsorship: z.nullable(
    z.object({ value: z.enum(['offered', 'not-offered']), source: z.enum(SOURCES), evidence: text(5000) }),
  ),
  citizenship: z.nullable(FieldSchema),
});

/** One posting as read from a page: what the panel shows and what is saved. */
export const JobSchema = z.object({
  url: pageUrl,
  canonicalUrl: z.nullable(pageUrl),
  site: text(100),
  title: z.string().check(z.minLength(1), z.maxLength(500)),
  company: optionalText(300),
  locationText: optionalText(1000),
  workplace: z.enum(WORKPLACES),
  employmentType: z.enum(EMPLOYMENT_TYPES),
  datePosted: optionalText(100),
  validThrough: optionalText(100),
  experience: optionalText(300),
  applyUrl: optionalText(2000),
  postingId: optionalText(200),
  description: text(100_000),
  salary: z.nullable(SalarySchema),
  eligibility: EligibilitySchema,
  provenance: z.record(text(40), FieldSchema),
});

export type Job = z.infer<typeof JobSchema>;

// The hand-written engine types and the schemas must describe the same data.
type Assignable<A, B extends A> = B;
export type SalaryMatchesSchema = Assignable<z.infer<typeof SalarySchema>, Salary>;
export type EligibilityMatchesSchema = Assignable<z.infer<typeof EligibilitySchema>, Eligibility>;
