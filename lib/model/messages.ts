import { JobSchema } from './job';
import * as z from 'zod/mini';
import './zod';
import { PageReadingSchema } from './reading-schema';
import type { JobStatus } from '../saved-jobs/types';

const webUrl = z.url({ protocol: /^https?$/ });
const optionalText = (max: number) => z.optional(z.nullable(z.string().check(z.maxLength(max))));

// What content scripts may ask of the background. Everything is validated on arrival: a content
// script runs inside a web page and its messages are treated as untrusted.
export const MessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('save-job'), job: JobSchema }),
  // The posting's identity: a URL alone finds the same page; the rest finds it on other boards.
  z.object({
    type: z.literal('saved-status'),
    url: webUrl,
    canonicalUrl: z.optional(z.nullable(webUrl)),
    site: z.optional(z.string().check(z.maxLength(100))),
    postingId: optionalText(200),
    applyUrl: optionalText(2000),
    company: optionalText(300),
    title: z.optional(z.string().check(z.maxLength(500))),
  }),
  z.object({ type: z.literal('page-scanned'), kind: z.enum(['posting', 'list', 'none']) }),
]);

export type Message = z.infer<typeof MessageSchema>;

export type SaveResponse =
  | { ok: true; id: string; savedAt: number; status: JobStatus; outcome: 'new' | 'updated' | 'linked' }
  | { ok: false; error: string };

/** Whether a posting is saved, here or as the same posting on another page ("already saved"). */
export type StatusResponse =
  | { saved: false; status: null; savedAt: null }
  | {
      saved: true;
      status: JobStatus;
      savedAt: number;
      /** The saved record's id and how this posting was recognised as it. */
      id: string;
      matchedBy: 'page' | 'ats' | 'posting-id' | 'company-title';
    };

// The in-page panel and the toolbar (appended for the panel/permissions work).

/** Content script → background, beside MessageSchema: the verdict the panel shows, for the tab's badge. */
export const PanelMessageSchema = z.object({
  type: z.literal('page-verdict'),
  status: z.enum(['eligible', 'not-eligible', 'unknown']),
});

/** Content script → background: what the page says (lib/page/read-page.ts), to be turned into a Job and
 * a verdict for the user (lib/analysis/analyse.ts); answered with an AnalysisResponse. */
export const AnalyseMessageSchema = z.object({ type: z.literal('analyse'), reading: PageReadingSchema });
