import { ashbyPostingId } from './ashby';
import { greenhousePostingId } from './greenhouse';
import { indeedPostingId } from './indeed';
import { leverPostingId } from './lever';
import { linkedinPostingId } from './linkedin';
import { wellfoundPostingId } from './wellfound';
import { workablePostingId } from './workable';

// The boards' posting ids, each read by its own adapter, for saved jobs to recognise one posting
// wherever it is seen (lib/saved-jobs/ats.ts). Only these functions are imported, not the adapters,
// so a bundle that needs ids (the popup) does not carry the readers.

export type PostingIdReader = (url: URL) => string | undefined;

/** Adapter id → its reader, in the order they are tried. */
export const POSTING_IDS: readonly (readonly [site: string, read: PostingIdReader])[] = [
  ['greenhouse', greenhousePostingId],
  ['lever', leverPostingId],
  ['ashby', ashbyPostingId],
  ['workable', workablePostingId],
  ['linkedin', linkedinPostingId],
  ['indeed', indeedPostingId],
  ['wellfound', wellfoundPostingId],
];
