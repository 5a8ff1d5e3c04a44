import type { Verdict } from '../lib/types';

const LABEL = {
  eligible: 'You can apply',
  'not-eligible': 'Not open to you',
  unknown: 'Unclear for you',
} as const;

/** Eligible / not / unknown for the user's profile, the one-line reason, and the page's own sentence. */
export function VerdictChip({ verdict }: { verdict: Verdict }) {
  return (
    <div class={`js-verdict js-verdict-${verdict.status}`} data-status={verdict.status}>
      <strong class="js-verdict-label">{LABEL[verdict.status]}</strong>
      <span class="js-verdict-reason">{verdict.reason}</span>
      {verdict.evidence && <q class="js-verdict-evidence">{verdict.evidence}</q>}
    </div>
  );
}
