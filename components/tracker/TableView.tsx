import { useMemo } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { JobRow } from '../../lib/saved-jobs/rows';
import {
  filterRows,
  sortRows,
  type Column,
  type TableFilters as Filters,
  type TableSort,
} from '../../lib/saved-jobs/table';
import type { JobStatus, Profile } from '../../lib/model/types';
import { BulkBar } from './BulkBar';
import { JobTable, type TablePosition } from './JobTable';
import { startMeasure, useMeasureEnd } from './marks';
import { TableFilters } from './TableFilters';

/** Columns read best largest or newest first on the first click; the others A to Z. */
const DESCENDING_FIRST: ReadonlySet<Column> = new Set(['pay', 'saved', 'applied']);

export interface BulkActions {
  setStatus: (ids: string[], status: JobStatus) => Promise<void>;
  addTag: (ids: string[], tag: string) => Promise<void>;
  delete: (ids: string[]) => Promise<void>;
}

export interface TableViewProps {
  rows: readonly JobRow[];
  profile: Profile;
  now: number;
  /** The local date of `now`. */
  today: string;
  filters: Filters;
  onFilters: (patch: Partial<Filters>) => void;
  sort: TableSort;
  onSort: (sort: TableSort) => void;
  selected: ReadonlySet<string>;
  onSelected: (selected: ReadonlySet<string>) => void;
  position: RefObject<TablePosition>;
  bulk: BulkActions;
  onOpen: (id: string) => void;
  onError: (e: unknown) => void;
}

function nextSort(sort: TableSort, column: Column): TableSort {
  if (sort.column === column)
    return { column, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: DESCENDING_FIRST.has(column) ? 'descending' : 'ascending' };
}

/** The table view: filters, what to do with the selected jobs, the keys, and the table itself. */
export function TableView(props: TableViewProps) {
  const { rows, filters, sort, selected, onSelected, bulk, now, today } = props;
  const matching = useMemo(() => filterRows(rows, filters, now), [rows, filters, now]);
  const sorted = useMemo(() => sortRows(matching, sort), [matching, sort]);
  useMeasureEnd('first-rows', sorted.length > 0, [sorted.length > 0]);
  useMeasureEnd('sort', true, [sort]);
  useMeasureEnd('filter', true, [filters]);
  // What the bulk actions act on: the selected jobs the filters still show.
  const chosen = sorted.filter((r) => selected.has(r.saved.id)).map((r) => r.saved.id);
  const run = (action: Promise<void>, clear = false): void => {
    action.then(() => clear && onSelected(new Set()), props.onError);
  };
  return (
    <section class="table-view" aria-label="Table">
      <TableFilters
        filters={filters}
        currency={props.profile.currency}
        onChange={(patch) => {
          startMeasure('filter');
          props.onFilters(patch);
        }}
      />
      {sorted.length < rows.length && (
        <p class="summary" aria-live="polite">
          {sorted.length.toLocaleString('en')} of {rows.length.toLocaleString('en')} jobs match
        </p>
      )}
      <p class="keys" id="table-keys">
        Keys: <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Space</kbd> select · <kbd>Shift</kbd>+<kbd>Space</kbd>{' '}
        select from the last one · <kbd>Enter</kbd> open · <kbd>/</kbd> search
      </p>
      {chosen.length > 0 && (
        <BulkBar
          count={chosen.length}
          onStatus={(status) => run(bulk.setStatus(chosen, status))}
          onTag={(tag) => run(bulk.addTag(chosen, tag))}
          onDelete={() => run(bulk.delete(chosen), true)}
          onClear={() => onSelected(new Set())}
        />
      )}
      {sorted.length === 0 ? (
        <p class="no-match">No saved job matches these filters.</p>
      ) : (
        <JobTable
          rows={sorted}
          profile={props.profile}
          today={today}
          sort={sort}
          onSort={(column) => {
            startMeasure('sort');
            props.onSort(nextSort(sort, column));
          }}
          selected={selected}
          onSelect={(ids, on) => {
            const next = new Set(selected);
            for (const id of ids)
              if (on) next.add(id);
              else next.delete(id);
            onSelected(next);
          }}
          onOpen={props.onOpen}
          position={props.position}
        />
      )}
    </section>
  );
}
