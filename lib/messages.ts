import { JobSchema } from './job';
import * as z from 'zod/mini';
import './zod';

// What content scripts may ask of the background. Everything is validated on arrival: a content
// script runs inside a web page and its messages are treated as untrusted.
export const MessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('save-job'), job: JobSchema }),
  z.object({ type: z.literal('saved-status'), url: z.url() }),
  z.object({ type: z.literal('page-scanned'), kind: z.enum(['posting', 'list', 'none']) }),
]);

export type Message = z.infer<typeof MessageSchema>;

export type SaveResponse = { ok: true; id: string; savedAt: number } | { ok: false; error: string };
export type StatusResponse = { saved: boolean; status: string | null };
