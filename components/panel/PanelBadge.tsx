import type { VerdictStatus } from '../../lib/model/types';
import { VERDICT_LABEL } from '../shared/VerdictChip';

const MARK: Record<VerdictStatus, string> = { eligible: '✓', 'not-eligible': '✗', unknown: '?' };

export interface PanelBadgeProps {
  /** Null until the profile is loaded. */
  status: VerdictStatus | null;
  saved: boolean;
  onExpand: () => void;
}

/** The panel folded away: a small button that still says whether you can apply. */
export function PanelBadge({ status, saved, onExpand }: PanelBadgeProps) {
  const says = status ? `: ${VERDICT_LABEL[status]}` : '';
  return (
    <button
      type="button"
      class={`js-badge js-badge-${status ?? 'unknown'}`}
      aria-expanded="false"
      aria-label={`Open the Jobsight panel${says}${saved ? ', saved' : ''}`}
      title={`Jobsight${says}`}
      onClick={onExpand}
    >
      <span class="js-badge-mark" aria-hidden="true">
        {MARK[status ?? 'unknown']}
      </span>
      <span class="js-badge-name">Jobsight</span>
      {saved && <span class="js-badge-saved"> · Saved</span>}
    </button>
  );
}
