import { Component } from 'preact';
import type { JobRow } from '../../lib/saved-jobs/rows';
import { STATUS_LABEL, VERDICT_LABEL } from '../../lib/saved-jobs/status';
import { appliedAt } from '../../lib/saved-jobs/table';
import type { Profile } from '../../lib/model/types';
import { shortDate } from '../popup/format';
import { hrefOf } from './route';
import { followUpText, yearlyRange } from './format';

export interface TableRowProps {
  row: JobRow;
  /** Place in the whole sorted list, from 0. */
  index: number;
  profile: Profile;
  today: string;
  selected: boolean;
  /** The one row in the tab order (roving tabindex). */
  tabbable: boolean;
  /** Stable across renders (they take the row's index), so an unchanged row is not redrawn. */
  onFocusRow: (index: number) => void;
  onCheck: (index: number, shift: boolean) => void;
}

function DateCell({ ms, class: cls }: { ms: number | null; class: string }) {
  return (
    <td class={cls}>{ms !== null && <time dateTime={new Date(ms).toISOString()}>{shortDate(ms)}</time>}</td>
  );
}

function FollowUpCell({ date, today }: { date: string | null; today: string }) {
  const due = date !== null && date <= today;
  return (
    <td class={`col-followUp${due ? ' due' : ''}`}>
      {date && <time dateTime={date}>{followUpText(date, today)}</time>}
    </td>
  );
}

/** One saved job as a table row: its title opens the job's page; every cell is text. */
function TableRowView({
  row,
  index,
  profile,
  today,
  selected,
  tabbable,
  onFocusRow,
  onCheck,
}: TableRowProps) {
  const { saved, verdict } = row;
  const { job } = saved;
  return (
    <tr
      class="job-row"
      data-id={saved.id}
      data-index={index}
      data-status={saved.status}
      aria-rowindex={index + 2}
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      onFocus={(e) => e.target === e.currentTarget && onFocusRow(index)}
    >
      <td class="col-select">
        <input
          type="checkbox"
          tabIndex={-1}
          aria-label={`Select ${job.title}`}
          checked={selected}
          onClick={(e) => {
            e.preventDefault();
            onCheck(index, e.shiftKey);
          }}
        />
      </td>
      <td class="col-title">
        <a href={hrefOf({ view: 'job', id: saved.id })} tabIndex={-1} title={job.title}>
          {job.title}
        </a>
      </td>
      <td class="col-company">{job.company}</td>
      <td class="col-location" title={job.locationText ?? undefined}>
        {job.locationText}
      </td>
      <td class="col-verdict">
        <span class={`job-verdict job-verdict-${verdict.status}`} title={verdict.reason}>
          {VERDICT_LABEL[verdict.status]}
        </span>
      </td>
      <td class="col-pay">{yearlyRange(row, profile.currency)}</td>
      <td class="col-status">{STATUS_LABEL[saved.status]}</td>
      <DateCell class="col-saved" ms={saved.savedAt} />
      <DateCell class="col-applied" ms={appliedAt(saved)} />
      <FollowUpCell date={saved.followUp} today={today} />
    </tr>
  );
}

/** A row redraws only when its job, its selection or its place in the tab order changes: scrolling
 * 5 000 rows redraws only the rows coming into view. */
export class TableRow extends Component<TableRowProps> {
  override shouldComponentUpdate(next: TableRowProps): boolean {
    const now = this.props;
    return (
      now.row !== next.row ||
      now.index !== next.index ||
      now.selected !== next.selected ||
      now.tabbable !== next.tabbable ||
      now.today !== next.today ||
      now.profile !== next.profile
    );
  }
  override render() {
    return <TableRowView {...this.props} />;
  }
}
