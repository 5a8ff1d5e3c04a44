/** Where a value was read from, strongest first. */
export const SOURCES = ['adapter', 'jsonld', 'microdata', 'meta', 'label', 'text'] as const;
export type Source = (typeof SOURCES)[number];

/** A value with the exact page text that supports it. */
export interface Field<T> {
  value: T;
  source: Source;
  evidence: string;
}

export const PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export type Period = (typeof PERIODS)[number];

export const WORKPLACES = ['remote', 'hybrid', 'onsite', 'unknown'] as const;
export type Workplace = (typeof WORKPLACES)[number];

export const EMPLOYMENT_TYPES = [
  'full-time',
  'part-time',
  'contract',
  'internship',
  'temporary',
  'unknown',
] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export type SalaryFlag = 'ote' | 'doe' | 'equity' | 'bonus' | 'commission' | 'total-comp' | 'estimate';

export interface Salary {
  /** null for "up to X". */
  min: number | null;
  max: number | null;
  /** ISO 4217, or null when the page gives no currency at all. */
  currency: string | null;
  period: Period;
  /** True when the page did not write the period and it was inferred. */
  periodInferred: boolean;
  /** The pay text as the page writes it. */
  raw: string;
  source: Source;
  /** The sentence or label/value the salary came from. */
  evidence: string;
  flags: SalaryFlag[];
  /** Why this one was chosen as the headline, when the page had several. */
  why?: string;
}

export const ELIGIBILITY_KINDS = ['worldwide', 'countries', 'unknown'] as const;
export type EligibilityKind = (typeof ELIGIBILITY_KINDS)[number];

export interface SubdivisionRule {
  include: string[];
  exclude: string[];
}

/** A sentence from the page and what was read in it. */
export interface Evidence {
  text: string;
  /** What the sentence was taken to mean, in a few words ("countries", "exclusion", "timezone", "hq"…). */
  role: string;
}

export interface Eligibility {
  kind: EligibilityKind;
  /** ISO 3166-1 alpha-2. */
  countries: string[];
  excludedCountries: string[];
  /** ISO 3166-2 codes keyed by the country's alpha-2. */
  subdivisions: Record<string, SubdivisionRule>;
  /** Region words of the shared vocabulary: EU EEA EUROPE EMEA MIDDLE_EAST AFRICA NORTH_AMERICA LATAM AMERICAS APAC ASIA OCEANIA. */
  regions: string[];
  /** The time-zone window as written, or null. */
  timezones: string | null;
  /** Sentences that decided the rules. */
  evidence: Evidence[];
  /** Things that look like locations but are not rules: HQ, preferences, markets, salary-law lists. */
  notes: Evidence[];
  visaSponsorship: Field<'offered' | 'not-offered'> | null;
  citizenship: Field<string> | null;
}

export type VerdictStatus = 'eligible' | 'not-eligible' | 'unknown';

/** A saved job's status in words, wherever it is shown (popup, card chips). */
export const STATUS_LABEL: Record<JobStatus, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
  archived: 'Archived',
};

/** A verdict in words, wherever it is shown (panel, card chips, saved jobs). */
export const VERDICT_LABEL: Record<VerdictStatus, string> = {
  eligible: 'You can apply',
  'not-eligible': 'Not open to you',
  unknown: 'Unclear for you',
};

export interface Verdict {
  status: VerdictStatus;
  /** One line a person can read. */
  reason: string;
  /** The page sentence that decided, when there is one. */
  evidence: string | null;
  /** That "sentence" was put together from the page's structured data (JSON-LD), which the page
   * does not show as written: the UI labels it as data, never quotes it. */
  evidenceIsData: boolean;
}

export interface Profile {
  /** ISO 3166-1 alpha-2, or null before first run. */
  country: string | null;
  /** ISO 3166-2 (e.g. CA-QC), or null. */
  subdivision: string | null;
  /** ISO 4217. */
  currency: string;
  /** Minimum yearly pay in `currency`, or null. */
  minPay: number | null;
}

/** What the panel and the popup say about a job for one user (lib/analysis/view.ts). */
export interface JobView {
  verdict: Verdict;
  pay: string | null;
  yearly: string | null;
  /** Which exchange rates the ≈ yearly line used, for its tooltip. */
  ratesNote: string | null;
  belowMinimum: boolean;
  /** No country is set yet: the panel offers to open the settings. */
  needsProfile: boolean;
  /** "Reposted, first seen Oct 12": the same company and title opened before under another id of
   * the same board (the store's to say: lib/dispatch.ts). */
  repost?: string;
}

/** Where a saved job stands in the user's search. */
export const JOB_STATUSES = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'archived'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
