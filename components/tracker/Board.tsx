import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { byStatus, statusStep } from '../../lib/saved-jobs/board';
import type { JobRow } from '../../lib/saved-jobs/rows';
import { STATUS_LABEL, VERDICT_LABEL } from '../../lib/saved-jobs/status';
import { JOB_STATUSES, type JobStatus } from '../../lib/model/types';
import { StatusOptions } from '../popup/SavedJobRow';
import { hrefOf } from './route';

/** Cards drawn per column before "Show more": a column of 3 000 archived jobs stays fast. */
export const COLUMN_PAGE = 50;
const DRAG_TYPE = 'application/x-jobsight-job';

export interface BoardProps {
  /** The jobs the search keeps, newest first. */
  rows: readonly JobRow[];
  onMove: (id: string, status: JobStatus) => Promise<void>;
  onError: (e: unknown) => void;
}

interface CardProps {
  row: JobRow;
  onMove: (id: string, status: JobStatus) => void;
}

function MoveTo({ row, onMove }: CardProps) {
  const { saved } = row;
  return (
    <select
      class="card-move"
      aria-label={`Move ${saved.job.title} to`}
      value={saved.status}
      onChange={(e) => onMove(saved.id, e.currentTarget.value as JobStatus)}
    >
      <StatusOptions />
    </select>
  );
}

/** One job: dragged by the pointer, moved by Alt+← / Alt+→ when focused, or by its "Move to" list. */
function Card({ row, onMove }: CardProps) {
  const { saved, verdict } = row;
  const onKeyDown = (e: KeyboardEvent): void => {
    if (!e.altKey || e.target !== e.currentTarget) return;
    const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    const to = statusStep(saved.status, step);
    if (to) onMove(saved.id, to);
  };
  return (
    <li
      class="card"
      data-id={saved.id}
      tabIndex={0}
      draggable
      aria-label={`${saved.job.title}${saved.job.company ? `, ${saved.job.company}` : ''}`}
      aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight"
      aria-describedby="board-keys"
      onKeyDown={onKeyDown}
      onDragStart={(e) => e.dataTransfer?.setData(DRAG_TYPE, saved.id)}
    >
      <a class="card-title" href={hrefOf({ view: 'job', id: saved.id })}>
        {saved.job.title}
      </a>
      {saved.job.company && <span class="card-company">{saved.job.company}</span>}
      <span class={`job-verdict job-verdict-${verdict.status}`} title={verdict.reason}>
        {VERDICT_LABEL[verdict.status]}
      </span>
      <MoveTo row={row} onMove={onMove} />
    </li>
  );
}

function Column({
  status,
  rows,
  onMove,
}: {
  status: JobStatus;
  rows: JobRow[];
  onMove: CardProps['onMove'];
}) {
  const [limit, setLimit] = useState(COLUMN_PAGE);
  const [over, setOver] = useState(false);
  const heading = `col-${status}`;
  return (
    <section
      class={`board-column${over ? ' drop-here' : ''}`}
      data-status={status}
      aria-labelledby={heading}
      onDragOver={(e) => {
        if (!e.dataTransfer?.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const id = e.dataTransfer?.getData(DRAG_TYPE);
        if (id) onMove(id, status);
      }}
    >
      <h2 id={heading}>
        {STATUS_LABEL[status]} <span class="count">{rows.length}</span>
      </h2>
      <ul class="cards">
        {rows.slice(0, limit).map((row) => (
          <Card key={row.saved.id} row={row} onMove={onMove} />
        ))}
      </ul>
      {rows.length > limit && (
        <button type="button" class="show-more" onClick={() => setLimit((n) => n + COLUMN_PAGE)}>
          Show {Math.min(COLUMN_PAGE, rows.length - limit)} more
        </button>
      )}
    </section>
  );
}

/** A column per status. A move is a status change (the history records it), said aloud for a
 * screen reader, and the focus goes with the card. */
export function Board({ rows, onMove, onError }: BoardProps) {
  const columns = useMemo(() => byStatus(rows, (r) => r.saved.status), [rows]);
  const [said, setSaid] = useState('');
  const follow = useRef<string | null>(null);
  const board = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (!follow.current) return;
    board.current?.querySelector<HTMLElement>(`li.card[data-id="${CSS.escape(follow.current)}"]`)?.focus();
    follow.current = null;
  }, [columns]);
  const move = (id: string, status: JobStatus): void => {
    const row = rows.find((r) => r.saved.id === id);
    if (!row || row.saved.status === status) return;
    // The card is drawn anew in its new column: the focus goes with it (from its "Move to" list too).
    follow.current = board.current?.contains(document.activeElement) ? id : null;
    onMove(id, status).then(
      () => setSaid(`Moved “${row.saved.job.title}” to ${STATUS_LABEL[status]}.`),
      onError,
    );
  };
  return (
    <section class="board-view" aria-label="Board">
      <p class="keys" id="board-keys">
        Drag a card to another column, or focus it and press <kbd>Alt</kbd>+<kbd>→</kbd> or <kbd>Alt</kbd>+
        <kbd>←</kbd>.
      </p>
      <div class="board" ref={board}>
        {JOB_STATUSES.map((s) => (
          <Column key={s} status={s} rows={columns[s]} onMove={move} />
        ))}
      </div>
      <p class="visually-hidden" aria-live="polite">
        {said}
      </p>
    </section>
  );
}
