import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { JobRow } from '../../lib/saved-jobs/rows';
import { idsBetween, type Column, type TableSort } from '../../lib/saved-jobs/table';
import type { Profile } from '../../lib/model/types';
import { TableRow } from './TableRow';
import { rowWindow, scrollToShow } from './virtual';

/** Every row is this tall (style.css holds it to it): what the virtual window is worked out from. */
export const ROW_HEIGHT = 36;
/** The header row's height (the same). */
const HEAD_HEIGHT = ROW_HEIGHT;

export const COLUMN_LABEL: Record<Column, string> = {
  title: 'Title',
  company: 'Company',
  location: 'Location',
  verdict: 'Can I apply?',
  pay: 'Pay ≈ a year',
  status: 'Status',
  saved: 'Saved',
  applied: 'Applied',
  followUp: 'Next follow-up',
};

/** Where the user was in the table: kept by the page, so coming back from a job finds it there. */
export interface TablePosition {
  /** The page's scroll. */
  scrollTop: number;
  focus: number;
}

export interface JobTableProps {
  /** Sorted and filtered. */
  rows: readonly JobRow[];
  profile: Profile;
  today: string;
  sort: TableSort;
  onSort: (column: Column) => void;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  onOpen: (id: string) => void;
  position: RefObject<TablePosition>;
}

function SortHeader({ column, sort, onSort }: { column: Column } & Pick<JobTableProps, 'sort' | 'onSort'>) {
  const active = sort.column === column;
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'} class={`col-${column}`}>
      <button type="button" class="sort" onClick={() => onSort(column)}>
        {COLUMN_LABEL[column]}
        <span class="sort-mark" aria-hidden="true">
          {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
        </span>
      </button>
    </th>
  );
}

function SelectAll({ rows, selected, onSelect }: Pick<JobTableProps, 'rows' | 'selected' | 'onSelect'>) {
  const all = rows.length > 0 && rows.every((r) => selected.has(r.saved.id));
  return (
    <th scope="col" class="col-select">
      <input
        type="checkbox"
        class="select-all"
        aria-label={`Select all ${rows.length} matching jobs`}
        checked={all}
        onChange={() =>
          onSelect(
            rows.map((r) => r.saved.id),
            !all,
          )
        }
      />
    </th>
  );
}

/** Which part of the rows is in view. The page itself scrolls, not a box of the table's own: no
 * drawn row is ever clipped by a box (axe then measures every one), and the header row sticks to
 * the top of the window. */
interface RowsInView {
  /** How far into the rows the window's top is (below the stuck header row), in px. */
  top: number;
  /** How many px of rows the window shows. */
  height: number;
}

function rowsInView(table: HTMLElement | null): RowsInView {
  const at = table?.getBoundingClientRect().top ?? 0;
  return { top: Math.max(0, -at), height: (window.innerHeight || 800) - Math.max(0, at) - HEAD_HEIGHT };
}

function useRowsInView(table: RefObject<HTMLElement | null>): RowsInView {
  const [view, setView] = useState<RowsInView>({ top: 0, height: 800 });
  useLayoutEffect(() => {
    const measure = (): void => setView(rowsInView(table.current));
    measure();
    window.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      window.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [table]);
  return view;
}

const COLUMNS_SHOWN: Column[] = Object.keys(COLUMN_LABEL) as Column[];

/**
 * The saved jobs as a table: a header per column that sorts, a checkbox per row, and only the rows
 * in view drawn (a fixed row height), so 5 000 jobs scroll as fast as 50. One row at a time is in
 * the tab order (a roving tabindex): the arrows move it, Space selects, Enter opens the job.
 */
export function JobTable(props: JobTableProps) {
  const { rows, selected, onSelect, onOpen, position } = props;
  const box = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState(Math.min(position.current.focus, Math.max(rows.length - 1, 0)));
  const anchor = useRef<string | null>(null);
  const moved = useRef(false);
  const view = useRowsInView(box);
  const { start, end } = rowWindow(view.top, view.height, ROW_HEIGHT, rows.length);
  const tabStop = focus >= start && focus < end ? focus : start;

  useLayoutEffect(() => {
    window.scrollTo(0, position.current.scrollTop);
    const keep = (): void => void (position.current.scrollTop = window.scrollY);
    window.addEventListener('scroll', keep, { passive: true });
    return () => window.removeEventListener('scroll', keep);
  }, [position]);
  useLayoutEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    box.current?.querySelector<HTMLElement>(`tr[data-index="${focus}"]`)?.focus();
  }, [focus, start]);

  const idAt = (i: number): string | undefined => rows[i]?.saved.id;
  const select = (i: number, range: boolean): void => {
    const id = idAt(i);
    if (id === undefined) return;
    const ids = rows.map((r) => r.saved.id);
    if (range) onSelect(idsBetween(ids, anchor.current, id), true);
    else onSelect([id], !selected.has(id));
    anchor.current = id;
  };
  const moveTo = (i: number): void => {
    const next = Math.max(0, Math.min(rows.length - 1, i));
    moved.current = true;
    setFocus(next);
    position.current.focus = next;
    const now = rowsInView(box.current);
    const top = scrollToShow(next, now.top, now.height, ROW_HEIGHT);
    if (top !== now.top) window.scrollBy(0, top - now.top);
  };
  // The rows' handlers stay the same functions and read the latest state through this.
  const latest = useRef({ select, setFocus, position });
  latest.current = { select, setFocus, position };
  const onCheck = useCallback((i: number, shift: boolean) => latest.current.select(i, shift), []);
  const onFocusRow = useCallback((i: number) => {
    latest.current.setFocus(i);
    latest.current.position.current.focus = i;
  }, []);
  const page = Math.max(1, Math.floor(view.height / ROW_HEIGHT) - 1);
  const MOVES: Record<string, () => number> = {
    ArrowDown: () => focus + 1,
    ArrowUp: () => focus - 1,
    PageDown: () => focus + page,
    PageUp: () => focus - page,
    Home: () => 0,
    End: () => rows.length - 1,
  };
  const onKeyDown = (e: KeyboardEvent): void => {
    if ((e.target as HTMLElement).closest('input, select, a')) return;
    const move = MOVES[e.key];
    if (move) moveTo(move());
    else if (e.key === ' ') select(focus, e.shiftKey);
    else if (e.key === 'Enter' && idAt(focus)) onOpen(idAt(focus) ?? '');
    else return;
    e.preventDefault();
  };

  return (
    <div class="table-box" ref={box}>
      <table
        class="jobs-table"
        role="grid"
        aria-label="Saved jobs"
        aria-rowcount={rows.length + 1}
        aria-multiselectable="true"
      >
        <thead>
          <tr aria-rowindex={1}>
            <SelectAll {...props} />
            {COLUMNS_SHOWN.map((c) => (
              <SortHeader key={c} column={c} {...props} />
            ))}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {start > 0 && (
            <tr class="spacer" aria-hidden="true" style={{ height: `${start * ROW_HEIGHT}px` }} />
          )}
          {rows.slice(start, end).map((row, k) => (
            <TableRow
              key={row.saved.id}
              row={row}
              index={start + k}
              profile={props.profile}
              today={props.today}
              selected={selected.has(row.saved.id)}
              tabbable={start + k === tabStop}
              onFocusRow={onFocusRow}
              onCheck={onCheck}
            />
          ))}
          {end < rows.length && (
            <tr
              class="spacer"
              aria-hidden="true"
              style={{ height: `${(rows.length - end) * ROW_HEIGHT}px` }}
            />
          )}
        </tbody>
      </table>
    </div>
  );
}
