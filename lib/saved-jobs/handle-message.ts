import type { IDBPDatabase } from 'idb';
import { MessageSchema, type SaveResponse, type StatusResponse } from '../model/messages';
import type { PageKind } from '../page/detect';
import type { JobsDB } from './db';
import { findSaved, noteSighting, saveJob } from './jobs';

export interface MessageContext {
  db: () => Promise<IDBPDatabase<JobsDB>>;
  /** Told what a content script found on its page (for the toolbar badge). */
  onScanned?: (kind: PageKind) => void;
}

/** The background's answer to one message from a content script; unknown or invalid input is refused. */
export async function handleMessage(
  raw: unknown,
  ctx: MessageContext,
): Promise<SaveResponse | StatusResponse | undefined> {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      error: `invalid message: ${first ? `${first.path.join('.')} ${first.message}` : 'unknown'}`,
    };
  }
  const msg = parsed.data;
  switch (msg.type) {
    case 'save-job': {
      const { record, outcome } = await saveJob(await ctx.db(), msg.job);
      return { ok: true, id: record.id, savedAt: record.savedAt, status: record.status, outcome };
    }
    case 'saved-status': {
      const { type: _type, ...posting } = msg;
      const db = await ctx.db();
      const match = await findSaved(db, posting);
      if (!match) return { saved: false, status: null, savedAt: null };
      const { by } = match;
      const record = await noteSighting(db, match, posting);
      return { saved: true, status: record.status, savedAt: record.savedAt, id: record.id, matchedBy: by };
    }
    case 'page-scanned':
      ctx.onScanned?.(msg.kind);
      return undefined;
  }
}
