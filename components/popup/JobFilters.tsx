import type { Ref } from 'preact';
import type { JobQuery, Sort } from '../../lib/saved-jobs/query';
import { STATUS_LABEL, WORKPLACE_LABEL } from '../../lib/saved-jobs/status';
import type { Profile } from '../../lib/model/types';
import { MinPayInput } from '../shared/MinPayInput';

const SORT_LABEL: Record<Sort, string> = {
  saved: 'Newest saved',
  pay: 'Highest pay',
  company: 'Company A–Z',
};
const ANY = { any: 'Any' };

export interface JobFiltersProps {
  query: JobQuery;
  profile: Profile;
  onChange: (patch: Partial<JobQuery>) => void;
  searchRef: Ref<HTMLInputElement>;
}

export interface ChoiceProps<K extends string> {
  label: string;
  name: string;
  value: K;
  options: Record<K, string>;
  onPick: (value: K) => void;
}

/** A labelled select over a record of labels: the popup's filters and the tracker's. */
export function Choice<K extends string>({ label, name, value, options, onPick }: ChoiceProps<K>) {
  return (
    <label>
      {label}
      <select name={name} value={value} onChange={(e) => onPick(e.currentTarget.value as K)}>
        {(Object.keys(options) as K[]).map((k) => (
          <option key={k} value={k}>
            {options[k]}
          </option>
        ))}
      </select>
    </label>
  );
}

export interface SearchBoxProps {
  text: string;
  onText: (text: string) => void;
  searchRef: Ref<HTMLInputElement>;
  placeholder: string;
}

/** The saved jobs' search box, in the popup and the tracker ("/" focuses it: useSearchShortcut). */
export function SearchBox({ text, onText, searchRef, placeholder }: SearchBoxProps) {
  return (
    <input
      ref={searchRef}
      type="search"
      name="search"
      class="search"
      aria-label="Search saved jobs"
      aria-keyshortcuts="/"
      placeholder={placeholder}
      value={text}
      onInput={(e) => onText(e.currentTarget.value)}
      onKeyDown={(e) => {
        // Escape empties the search first; a second Escape closes the popup as usual.
        if (e.key !== 'Escape' || !text) return;
        e.preventDefault();
        onText('');
      }}
    />
  );
}

function Search({ query, onChange, searchRef }: Omit<JobFiltersProps, 'profile'>) {
  return (
    <SearchBox
      text={query.text}
      onText={(text) => onChange({ text })}
      searchRef={searchRef}
      placeholder="Search title, company, notes, tags (press /)"
    />
  );
}

function MinPay({ query, profile, onChange }: Omit<JobFiltersProps, 'searchRef'>) {
  return (
    <MinPayInput
      class="min-pay"
      value={query.minPay}
      onChange={(minPay) => onChange({ minPay })}
      after={`${profile.currency} a year`}
    >
      Pay at least
    </MinPayInput>
  );
}

function EligibleOnly({ query, profile, onChange }: Omit<JobFiltersProps, 'searchRef'>) {
  const noCountry = !profile.country;
  return (
    <label class="check">
      <input
        type="checkbox"
        name="eligible"
        checked={query.eligibleOnly}
        disabled={noCountry}
        aria-describedby={noCountry ? 'eligible-hint' : undefined}
        onChange={(e) => onChange({ eligibleOnly: e.currentTarget.checked })}
      />
      Eligible for me
      {noCountry && (
        <span id="eligible-hint" class="muted">
          (set where you live first)
        </span>
      )}
    </label>
  );
}

/** Search, filters and sort for the saved jobs; every control is a native one, so all work by keyboard. */
export function JobFilters(props: JobFiltersProps) {
  const { query, onChange } = props;
  return (
    <form class="filters" role="search" aria-label="Filter saved jobs" onSubmit={(e) => e.preventDefault()}>
      <Search {...props} />
      <div class="filter-row">
        <Choice
          label="Status"
          name="status"
          value={query.status}
          options={{ ...ANY, ...STATUS_LABEL }}
          onPick={(status) => onChange({ status })}
        />
        <Choice
          label="Workplace"
          name="workplace"
          value={query.workplace}
          options={{ ...ANY, ...WORKPLACE_LABEL }}
          onPick={(workplace) => onChange({ workplace })}
        />
        <Choice
          label="Sort"
          name="sort"
          value={query.sort}
          options={SORT_LABEL}
          onPick={(sort) => onChange({ sort })}
        />
      </div>
      <div class="filter-row-2">
        <MinPay {...props} />
        <EligibleOnly {...props} />
      </div>
    </form>
  );
}
