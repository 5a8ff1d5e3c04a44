import type { Job } from '../../lib/model/job';
import { Evidence } from '../shared/Evidence';

const VISA = { offered: 'Visa sponsorship offered', 'not-offered': 'No visa sponsorship' } as const;

interface Flag {
  key: string;
  label: string;
  evidence: string;
}

function flagsOf(job: Job): Flag[] {
  const { visaSponsorship: visa, citizenship } = job.eligibility;
  const flags: Flag[] = [];
  if (visa) flags.push({ key: 'visa', label: VISA[visa.value], evidence: visa.evidence });
  if (citizenship)
    flags.push({
      key: 'citizenship',
      label: `Requires ${citizenship.value}`,
      evidence: citizenship.evidence,
    });
  return flags;
}

/** Visa and citizenship conditions the posting states, each with the sentence that says so. */
export function PanelFlags({ job, onShowEvidence }: { job: Job; onShowEvidence?: (text: string) => void }) {
  const flags = flagsOf(job);
  if (!flags.length) return null;
  return (
    <ul class="js-flags" aria-label="Conditions">
      {flags.map((f) => (
        <li key={f.key} class={`js-flag js-flag-${f.key}`}>
          <strong class="js-flag-label">{f.label}</strong>
          <Evidence text={f.evidence} onShow={onShowEvidence} />
        </li>
      ))}
    </ul>
  );
}
