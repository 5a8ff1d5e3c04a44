import { interpret } from './interpret';
import type { PageReading } from '../model/reading';
import type { RateTable } from './salary';
import type { Profile } from '../model/types';
import { viewFor } from './view';
import type { AnalysisResponse } from '../model/messages';

/** A content script's reading made a Job, and what it means for this user. */
export function analyse(reading: PageReading, profile: Profile, rates: RateTable): AnalysisResponse {
  const { job, problems } = interpret(reading);
  return job ? { job, view: viewFor(job, profile, rates) } : { job: null, view: null, problems };
}
