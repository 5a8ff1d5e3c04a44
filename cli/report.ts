import type { Scan } from '../lib/scan';

/** The eval contract's shape, plus what we know about where each value came from. */
export type Report = Record<string, unknown>;

export function toReport(result: Scan): Report {
  const { job, detection } = result;
  if (!job)
    return { isJob: false, kind: detection.kind, signals: detection.signals, problems: result.problems };
  const e = job.eligibility;
  return {
    isJob: true,
    title: job.title,
    company: job.company,
    locationText: job.locationText,
    workplace: job.workplace,
    employmentType: job.employmentType,
    salary: job.salary && {
      min: job.salary.min,
      max: job.salary.max,
      currency: job.salary.currency,
      period: job.salary.period,
      raw: job.salary.raw,
      evidence: job.salary.evidence,
      source: job.salary.source,
      flags: job.salary.flags,
      why: job.salary.why,
    },
    eligibility: {
      kind: e.kind,
      countries: e.countries,
      excludedCountries: e.excludedCountries,
      subdivisions: e.subdivisions,
      regions: e.regions,
      timezones: e.timezones,
      evidence: e.evidence,
      notes: e.notes,
      visaSponsorship: e.visaSponsorship,
      citizenship: e.citizenship,
    },
    datePosted: job.datePosted,
    validThrough: job.validThrough,
    experience: job.experience,
    applyUrl: job.applyUrl,
    postingId: job.postingId,
    canonicalUrl: job.canonicalUrl,
    detection: { score: detection.score, signals: detection.signals },
    provenance: job.provenance,
    otherSalaries: result.salaries.slice(1).map((s) => s.raw),
  };
}
