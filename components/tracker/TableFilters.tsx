import { STATUS_LABEL, VERDICT_LABEL } from '../../lib/saved-jobs/status';
import {
  activeFilters,
  NO_FILTERS,
  type DateRange,
  type FollowUpFilter,
  type TableFilters as Filters,
} from '../../lib/saved-jobs/table';
import { Choice } from '../popup/JobFilters';
import { MinPayInput } from '../shared/MinPayInput';

const FOLLOW_UP_LABEL: Record<FollowUpFilter, string> = {
  any: 'Any',
  due: 'Due (today or before)',
  set: 'Has a date',
  none: 'No date',
};
const ANY = { any: 'Any' };

export interface TableFiltersProps {
  filters: Filters;
  currency: string;
  onChange: (patch: Partial<Filters>) => void;
}

type TextKey = 'title' | 'company' | 'location';

function TextFilter({
  name,
  label,
  filters,
  onChange,
}: { name: TextKey; label: string } & TableFiltersProps) {
  return (
    <label>
      {label}
      <input
        name={`filter-${name}`}
        type="text"
        value={filters[name]}
        onInput={(e) => onChange({ [name]: e.currentTarget.value })}
      />
    </label>
  );
}

function Dates({
  name,
  label,
  range,
  onRange,
}: {
  name: string;
  label: string;
  range: DateRange;
  onRange: (r: DateRange) => void;
}) {
  const date = (v: string): string | null => v || null;
  return (
    <fieldset class="date-range">
      <legend>{label}</legend>
      <label>
        from
        <input
          type="date"
          name={`${name}-from`}
          value={range.from ?? ''}
          onChange={(e) => onRange({ ...range, from: date(e.currentTarget.value) })}
        />
      </label>
      <label>
        to
        <input
          type="date"
          name={`${name}-to`}
          value={range.to ?? ''}
          onChange={(e) => onRange({ ...range, to: date(e.currentTarget.value) })}
        />
      </label>
    </fieldset>
  );
}

/** A filter per column; every control is a native one, labelled, so all of it works by keyboard. */
export function TableFilters(props: TableFiltersProps) {
  const { filters, currency, onChange } = props;
  const active = activeFilters({ ...filters, text: '' });
  return (
    <details class="table-filters" open={active > 0}>
      <summary>Filter by column{active ? ` (${active} in use)` : ''}</summary>
      <form class="filter-grid" aria-label="Filter by column" onSubmit={(e) => e.preventDefault()}>
        <TextFilter name="title" label="Title" {...props} />
        <TextFilter name="company" label="Company" {...props} />
        <TextFilter name="location" label="Location" {...props} />
        <Choice
          name="filter-verdict"
          label="Can I apply?"
          value={filters.verdict}
          options={{ ...ANY, ...VERDICT_LABEL }}
          onPick={(verdict) => onChange({ verdict })}
        />
        <Choice
          name="filter-status"
          label="Status"
          value={filters.status}
          options={{ ...ANY, ...STATUS_LABEL }}
          onPick={(status) => onChange({ status })}
        />
        <MinPayInput
          class="min-pay"
          value={filters.minPay}
          onChange={(minPay) => onChange({ minPay })}
          after={`${currency} a year`}
        >
          Pay at least
        </MinPayInput>
        <Dates name="saved" label="Saved" range={filters.saved} onRange={(saved) => onChange({ saved })} />
        <Dates
          name="applied"
          label="Applied"
          range={filters.applied}
          onRange={(applied) => onChange({ applied })}
        />
        <Choice
          name="filter-followUp"
          label="Next follow-up"
          value={filters.followUp}
          options={FOLLOW_UP_LABEL}
          onPick={(followUp) => onChange({ followUp })}
        />
        <button
          type="button"
          class="clear-filters"
          disabled={active === 0}
          onClick={() => onChange({ ...NO_FILTERS, text: filters.text })}
        >
          Clear filters
        </button>
      </form>
    </details>
  );
}
