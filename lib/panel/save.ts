import type { Job } from '../model/job';
import type { ToBackground } from '../model/messages';

// The panel's Save button, the keyboard command and the context menu all save the same posting
// through one controller, so each of them sees the others' result.

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface SaveInfo {
  state: SaveState;
  /** The saved record's status ("saved", "applied"…), once saved. */
  status: string | null;
  savedAt: number | null;
}

export interface SaveController {
  get(): SaveInfo;
  subscribe(listener: (info: SaveInfo) => void): () => void;
  /** Ask the background whether this posting is already saved. */
  refresh(): Promise<SaveInfo>;
  save(): Promise<SaveInfo>;
}

/** Sends one message to the background and resolves with its answer. */
export type Send = (message: ToBackground) => Promise<unknown>;

const IDLE: SaveInfo = { state: 'idle', status: null, savedAt: null };

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const time = (v: unknown): number | null => (typeof v === 'number' ? v : null);

function answer(r: unknown): Record<string, unknown> {
  return typeof r === 'object' && r !== null ? (r as Record<string, unknown>) : {};
}

/** What finds the posting among saved jobs, here or as the same posting on another board. */
function identity(job: Job) {
  const { url, canonicalUrl, site, postingId, applyUrl, company, title } = job;
  return { url: canonicalUrl ?? url, canonicalUrl, site, postingId, applyUrl, company, title };
}

export function createSaveController(job: Job, send: Send): SaveController {
  let info = IDLE;
  const listeners = new Set<(info: SaveInfo) => void>();
  const set = (next: SaveInfo): SaveInfo => {
    info = next;
    for (const l of listeners) l(info);
    return info;
  };
  return {
    get: () => info,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async refresh() {
      const r = answer(await send({ type: 'saved-status', ...identity(job) }).catch(() => null));
      if (r['saved'] !== true || info.state === 'saving') return info;
      return set({ state: 'saved', status: text(r['status']) ?? 'saved', savedAt: time(r['savedAt']) });
    },
    async save() {
      set({ ...info, state: 'saving' });
      const r = answer(await send({ type: 'save-job', job }).catch(() => null));
      if (r['ok'] !== true) return set({ ...info, state: 'error' });
      return set({ state: 'saved', status: text(r['status']) ?? 'saved', savedAt: time(r['savedAt']) });
    },
  };
}
