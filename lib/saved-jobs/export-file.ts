import * as z from 'zod/mini';
import '../model/zod';
import { JobSchema } from '../model/job';
import { pageUrl, text } from '../model/schema';
import { isFollowUpDate } from './follow-up';
import { joinJob, splitJob, withDerived } from './record';
import { JOB_STATUSES } from '../model/types';
import type { FullSavedJob } from './types';

// The JSON export: every saved job with every field, versioned so that a later Jobsight can read
// an older file. Derived fields (identity keys, normalised pay) are not written; import derives them.
// Version 2 adds the follow-up date, the contacts and the posting as seen later; a version 1 file
// still imports, with none of them.

export const EXPORT_FORMAT = 'jobsight-saved-jobs';
export const EXPORT_VERSION = 2;
/** A real export is far smaller; anything bigger is refused before it is read. */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;

const time = z.number().check(z.nonnegative());

const SightingSchema = z.object({
  url: pageUrl,
  canonicalUrl: z.nullable(pageUrl),
  site: text(100),
  postingId: z.nullable(text(200)),
  applyUrl: z.nullable(text(2000)),
  company: z.nullable(text(300)),
  title: text(500),
  seenAt: time,
});

const ExportedJobSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(4000)),
  job: JobSchema,
  savedAt: time,
  updatedAt: time,
  status: z.enum(JOB_STATUSES),
  statusHistory: z.array(z.object({ status: z.enum(JOB_STATUSES), at: time })).check(z.maxLength(500)),
  notes: text(50_000),
  tags: z.array(text(100)).check(z.maxLength(100)),
  links: z.array(SightingSchema).check(z.maxLength(200)),
});

const ExportedJobV2Schema = z.extend(ExportedJobSchema, {
  followUp: z.nullable(z.string().check(z.refine(isFollowUpDate, 'not a calendar date'))),
  contacts: z
    .array(z.object({ name: text(500), role: text(500), email: text(500), link: text(500) }))
    .check(z.maxLength(50)),
  seenLater: z.nullable(z.object({ description: text(200_000), seenAt: time })),
});

const fileSchema = <V extends number, J extends z.ZodMiniType>(version: V, job: J) =>
  z.object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(version),
    exportedAt: z.string().check(z.maxLength(40)),
    jobs: z.array(job).check(z.maxLength(100_000)),
  });

const FILE_SCHEMAS = {
  1: fileSchema(1, ExportedJobSchema),
  2: fileSchema(EXPORT_VERSION, ExportedJobV2Schema),
};

type ExportedJobV1 = z.infer<typeof ExportedJobSchema>;
export type ExportedJob = z.infer<typeof ExportedJobV2Schema>;
export type ExportFile = z.infer<(typeof FILE_SCHEMAS)[2]>;

export function toExportFile(jobs: FullSavedJob[], now = Date.now()): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    jobs: jobs.map(({ record: r, snapshot }) => ({
      id: r.id,
      job: joinJob(r.job, snapshot),
      savedAt: r.savedAt,
      updatedAt: r.updatedAt,
      status: r.status,
      statusHistory: r.statusHistory,
      notes: r.notes,
      tags: r.tags,
      links: r.links,
      followUp: r.followUp,
      contacts: r.contacts,
      seenLater: snapshot.seenLater,
    })),
  };
}

/** A job as a file of either version wrote it; what version 1 lacked is none. */
export function fromExported(exported: ExportedJobV1 | ExportedJob): FullSavedJob {
  const {
    job,
    followUp = null,
    contacts = [],
    seenLater = null,
    ...rest
  } = exported as Partial<ExportedJob> & ExportedJobV1;
  const { card, snapshot } = splitJob(rest.id, job);
  return {
    record: withDerived({ ...rest, job: card, followUp, contacts }),
    snapshot: { ...snapshot, seenLater },
  };
}

export type ParsedExport = { ok: true; jobs: FullSavedJob[] } | { ok: false; error: string };

const MB = 1024 * 1024;
const tooLarge = (bytes: number): string =>
  `This file is too large to be a Jobsight export (${(bytes / MB).toFixed(0)} MB; the limit is ${MAX_IMPORT_BYTES / MB} MB). Nothing was imported.`;

const isKnownVersion = (version: unknown): version is keyof typeof FILE_SCHEMAS =>
  version === 1 || version === EXPORT_VERSION;

/** Why a file of an unknown version is refused. */
function versionProblem(version: unknown): string {
  if (typeof version === 'number' && version > EXPORT_VERSION)
    return `This export was made by a newer Jobsight (format version ${version}). Update Jobsight, then import it again. Nothing was imported.`;
  return `This export has a format version Jobsight does not know (${JSON.stringify(version) ?? 'none'}). Nothing was imported.`;
}

function readJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return {
      ok: false,
      error: 'This file is not valid JSON: it may be cut short or damaged. Nothing was imported.',
    };
  }
}

/** Read an export file's text; a file that is not a whole, valid, known export is refused whole. */
export function parseExport(text: string): ParsedExport {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: tooLarge(text.length) };
  const json = readJson(text);
  if (!json.ok) return json;
  const value = json.value as { format?: unknown; version?: unknown } | null;
  if (typeof value !== 'object' || value === null || value.format !== EXPORT_FORMAT)
    return { ok: false, error: 'This file is not a Jobsight export. Nothing was imported.' };
  if (!isKnownVersion(value.version)) return { ok: false, error: versionProblem(value.version) };
  const parsed = FILE_SCHEMAS[value.version].safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.')}: ${first.message}` : 'unknown problem';
    return { ok: false, error: `This Jobsight export is damaged (${where}). Nothing was imported.` };
  }
  return { ok: true, jobs: parsed.data.jobs.map(fromExported) };
}

/** Read a chosen file: its size is checked before a byte of it is read. */
export async function readExportFile(file: Blob): Promise<ParsedExport> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: tooLarge(file.size) };
  return parseExport(await file.text());
}
