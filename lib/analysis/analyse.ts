import { interpret } from './interpret';
import type { Job } from '../model/job';
import type { PageReading } from '../page/read-page';
import type { RateTable } from './salary';
import type { Profile } from '../model/types';
import { viewFor, type JobView } from './view';

/** What the background answers a content script's reading with: the Job and what it means for
 * this user, or why the page made no job. */
export type AnalysisResponse = { job: Job; view: JobView } | { job: null; view: null; problems: string[] };

export function analyse(reading: PageReading, profile: Profile, rates: RateTable): AnalysisResponse {
  const { job, problems } = interpret(reading);
  return job ? { job, view: viewFor(job, profile, rates) } : { job: null, view: null, problems };
}
