import * as z from 'zod/mini';
import './zod';
import { FIELD_NAMES } from './fields';
import { FieldSchema } from './job';
import { text, webUrl } from './schema';
import type { PageReading } from './reading';
import { EMPLOYMENT_TYPES, SOURCES, WORKPLACES } from './types';

// A PageReading arrives in the background from a content script, which runs inside a web page:
// it is checked like any other untrusted input before the engines read it.

const resolved = <T extends readonly [string, ...string[]]>(values: T) =>
  z.nullable(z.object({ value: z.enum(values), source: z.enum(SOURCES), evidence: text(5000) }));

export const PageReadingSchema = z.object({
  url: webUrl,
  canonicalUrl: z.nullable(webUrl),
  site: text(100),
  fields: z.partialRecord(z.enum(FIELD_NAMES), FieldSchema),
  structured: z.object({
    baseSalary: z.optional(z.unknown()),
    salaryCurrency: z.optional(text(20)),
    applicantLocationRequirements: z.optional(z.unknown()),
    jobLocation: z.optional(z.unknown()),
    jobLocationType: z.optional(z.unknown()),
  }),
  body: z.array(text(100_000)).check(z.maxLength(20_000)),
  description: text(100_000),
  workplace: resolved(WORKPLACES),
  employment: resolved(EMPLOYMENT_TYPES),
});

// The schema and the reader's own type must describe the same data.
type Assignable<A, B extends A> = B;
export type ReadingMatchesSchema = Assignable<PageReading, z.infer<typeof PageReadingSchema>>;
