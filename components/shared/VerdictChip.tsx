import { VERDICT_LABEL, type Verdict } from '../../lib/model/types';
import { Evidence } from './Evidence';

export { VERDICT_LABEL };

export interface VerdictChipProps {
  verdict: Verdict;
  /** Scroll to the deciding sentence on the page; without it the sentence is only quoted. */
  onShowEvidence?: (text: string) => void;
}

/** Eligible / not / unknown for the user's profile, the one-line reason, and the page's own sentence. */
export function VerdictChip({ verdict, onShowEvidence }: VerdictChipProps) {
  return (
    <div class={`js-verdict js-verdict-${verdict.status}`} data-status={verdict.status}>
      <strong class="js-verdict-label">{VERDICT_LABEL[verdict.status]}</strong>
      <span class="js-verdict-reason">{verdict.reason}</span>
      {verdict.evidence &&
        (verdict.evidenceIsData ? (
          <span class="js-evidence-data">From the page’s job data: {verdict.evidence}</span>
        ) : (
          <Evidence text={verdict.evidence} onShow={onShowEvidence} />
        ))}
    </div>
  );
}
