import * as z from 'zod/mini';
import './zod';
import { FIELD_NAMES } from './fields';
import { FieldSchema } from './job';
import { text, webUrl } from './schema';
import {
  CLUES,
  HEADER_BLOCKS,
  HEADER_TEXT,
  PAGE_TITLE_TEXT,
  QUOTED_FIELDS,
  type PageReading,
} from './reading';

// A PageReading arrives in the background from a content script, which runs inside a web page:
// it is checked like any other untrusted input before the engines read it.

const logOdds = z.number().check(z.gte(-100), z.lte(100));

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
    jsonld: z.optional(z.record(z.string(), z.unknown())),
    microdata: z.optional(z.record(z.string(), z.unknown())),
  }),
  body: z.array(text(100_000)).check(z.maxLength(20_000)),
  description: text(100_000),
  header: z.array(text(HEADER_TEXT)).check(z.maxLength(HEADER_BLOCKS)),
  pageTitles: z.array(text(PAGE_TITLE_TEXT)).check(z.maxLength(2)),
  applyLinks: z.array(text(CLUES.text)).check(z.maxLength(CLUES.count)),
  logos: z.array(text(CLUES.text)).check(z.maxLength(CLUES.count)),
  remoteBoard: z.nullable(text(100)),
  unshown: z.array(z.enum(QUOTED_FIELDS)).check(z.maxLength(QUOTED_FIELDS.length)),
  doubt: z.optional(
    z.object({ base: logOdds, h1: text(PAGE_TITLE_TEXT), h1Adds: logOdds, titleAdds: logOdds }),
  ),
});

// The schema and the reader's own type must describe the same data.
type Assignable<A, B extends A> = B;
export type ReadingMatchesSchema = Assignable<PageReading, z.infer<typeof PageReadingSchema>>;
