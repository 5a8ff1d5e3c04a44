import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { SearchBox } from '../popup/JobFilters';
import { useSearchShortcut } from '../popup/SavedJobsBrowser';
import { hrefOf, VIEWS, type Route, type View } from './route';

const VIEW_LABEL: Record<View, string> = { table: 'Table', board: 'Board', progress: 'Progress' };

export interface TrackerHeaderProps {
  route: Route;
  search: string;
  onSearch: (text: string) => void;
  /** All saved jobs, null while reading them. */
  count: number | null;
  /** How many the search keeps, where the view lists jobs. */
  matching: number | null;
  /** Export, import and backups. */
  children: ComponentChildren;
}

function countText(count: number | null, matching: number | null): string {
  if (count === null) return '';
  const jobs = `${count.toLocaleString('en')} job${count === 1 ? '' : 's'}`;
  return matching === null || matching === count ? jobs : `${matching.toLocaleString('en')} of ${jobs}`;
}

/** The title, the views, the search ("/" anywhere focuses it), the count, and the file actions. */
export function TrackerHeader({ route, search, onSearch, count, matching, children }: TrackerHeaderProps) {
  const box = useRef<HTMLInputElement>(null);
  useSearchShortcut(box);
  return (
    <header class="tracker-head">
      <h1>Jobsight tracker</h1>
      <nav aria-label="Views">
        {VIEWS.map((v) => (
          <a key={v} href={hrefOf({ view: v })} aria-current={route.view === v ? 'page' : undefined}>
            {VIEW_LABEL[v]}
          </a>
        ))}
      </nav>
      <SearchBox text={search} onText={onSearch} searchRef={box} placeholder="Search (press /)" />
      <p class="job-count" aria-live="polite">
        {countText(count, matching)}
      </p>
      <div class="head-tools">{children}</div>
    </header>
  );
}
