import type { Job } from '../model/job';
import type { JobStatus } from '../model/types';

/** The posting as the popup lists it: every field of the Job except the long texts (see Snapshot). */
export type JobCard = Omit<Job, 'description' | 'provenance'>;

/** The long texts of a saved posting, kept apart so listing 5 000 jobs never reads them. */
export interface Snapshot {
  id: string;
  /** Plain text of the description as it was when saved: the page may vanish. */
  description: string;
  /** Every extracted field with its source and page text. */
  provenance: Job['provenance'];
  /** The posting as last seen again, when its description no longer reads as the one saved. */
  seenLater: SeenLater | null;
}

/** A saved posting's description as the page showed it when opened again, and when. */
export interface SeenLater {
  description: string;
  seenAt: number;
}

/** Someone at the employer the user deals with for one job. */
export interface Contact {
  name: string;
  role: string;
  email: string;
  link: string;
}

export interface StatusChange {
  status: JobStatus;
  at: number;
}

/** What identifies a posting: enough to recognise it on another board. */
export type JobIdentity = Pick<Job, 'url'> &
  Partial<Pick<Job, 'canonicalUrl' | 'site' | 'postingId' | 'applyUrl' | 'company' | 'title'>>;

/** A posting the user opened, saved or not: when first and last (lib/saved-jobs/seen.ts). */
export interface SeenPosting {
  /** `pageKey`: its board's id, else its page. */
  key: string;
  /** `titleKey`: the same company and title under another key of the same board is a repost. */
  titleKey: string | null;
  /** Where its key is unique ("ats:linkedin", "url:remoteok.com"): a repost is on the same board;
   * the same job on another board is no repost. */
  board: string;
  firstSeen: number;
  lastSeen: number;
}

/** Another page the same posting was seen on (a board, LinkedIn, the ATS itself). */
export type Sighting = Required<JobIdentity> & { seenAt: number };

/** Pay per year in USD: one figure to sort and index by, whatever the page's currency and period. */
export interface NormalisedPay {
  min: number | null;
  max: number | null;
  /** max, or min for "from X". */
  top: number;
  currency: 'USD';
  ratesDate: string;
}

/** One saved job (database version 4). */
export interface SavedJob {
  /** jobKey() of the posting's canonical URL (or its URL). */
  id: string;
  job: JobCard;
  savedAt: number;
  updatedAt: number;
  status: JobStatus;
  /** Every status the job has had, oldest first, starting with "saved". */
  statusHistory: StatusChange[];
  notes: string;
  tags: string[];
  links: Sighting[];
  /** The local calendar date the user means to follow up, 'YYYY-MM-DD' (index "followUp"); null: none. */
  followUp: string | null;
  contacts: Contact[];
  // Derived from job and links on every write; indexed.
  /** identityKeys() of the job and its sightings (multi-entry index "keys"). */
  keys: string[];
  /** Normalised company name, '' when the page gave none (index "company"). */
  companyKey: string;
  /** Where the posting is open: WORLDWIDE, country and region codes, or UNKNOWN (index "eligibility"). */
  reach: string[];
  pay: NormalisedPay | null;
}

/** A saved job with its long texts: what export writes and import reads. */
export interface FullSavedJob {
  record: SavedJob;
  snapshot: Snapshot;
}
