import type { Job } from '../../lib/model/job';
import { Evidence } from '../shared/Evidence';
import { lettersAndDigits } from '../../lib/text/compare';

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

export interface PanelFlagsProps {
  job: Job;
  /** The sentence the panel already quotes above (the verdict's): never quoted twice. */
  quoted?: string | null;
  onShowEvidence?: (text: string) => void;
}

/** Visa and citizenship conditions the posting states, each with the sentence that says so, unless
 * that sentence is already quoted above. */
export function PanelFlags({ job, quoted, onShowEvidence }: PanelFlagsProps) {
  const flags = flagsOf(job);
  if (!flags.length) return null;
  // Compared as letters and digits: the verdict may quote a long sentence cut to its clauses.
  const shown = quoted ? [lettersAndDigits(quoted)] : [];
  return (
    <ul class="js-flags" aria-label="Conditions">
      {flags.map((f) => {
        const own = lettersAndDigits(f.evidence);
        const fresh = !shown.some((s) => s === own || own.includes(s));
        shown.push(own);
        return (
          <li key={f.key} class={`js-flag js-flag-${f.key}`}>
            <strong class="js-flag-label">{f.label}</strong>
            {fresh && <Evidence text={f.evidence} onShow={onShowEvidence} />}
          </li>
        );
      })}
    </ul>
  );
}
