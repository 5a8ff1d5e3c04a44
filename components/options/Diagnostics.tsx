import { useEffect, useState } from 'preact/hooks';
import type { Diagnostics as Counts } from '../../utils/diagnostics';

export interface DiagnosticsProps {
  load: () => Promise<Counts>;
  clear: () => Promise<void>;
}

const FIELD_LABEL: Record<string, string> = {
  title: 'Title',
  company: 'Company',
  locationText: 'Location',
  salaryText: 'Pay',
  description: 'Description',
  employmentType: 'Employment type',
  workplace: 'Workplace',
  datePosted: 'Date posted',
};

/** Where a board's own reader missed what its page had: Jobsight read it the generic way instead. */
export function Diagnostics({ load, clear }: DiagnosticsProps) {
  const [counts, setCounts] = useState<Counts | null>(null);
  useEffect(() => void load().then(setCounts), [load]);
  const rows = Object.entries(counts ?? {}).flatMap(([site, fields]) =>
    Object.entries(fields).map(([field, miss]) => ({ site, field, ...miss })),
  );
  return (
    <section class="diagnostics" aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading">Diagnostics</h2>
      <p class="muted">
        When a job board changes its pages, Jobsight's reader for that board can miss a field; the page is
        then read the generic way, and the miss is counted here. Counted on this computer only: nothing is
        sent anywhere.
      </p>
      {counts && rows.length === 0 && <p class="diagnostics-none">No misses so far.</p>}
      {rows.length > 0 && (
        <>
          <table class="diagnostics-table">
            <thead>
              <tr>
                <th scope="col">Board</th>
                <th scope="col">Field</th>
                <th scope="col">Misses</th>
                <th scope="col">Last</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.site}/${r.field}`}>
                  <td>{r.site}</td>
                  <td>{FIELD_LABEL[r.field] ?? r.field}</td>
                  <td>{r.count}</td>
                  <td>{new Date(r.last).toLocaleDateString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => void clear().then(() => setCounts({}))}>
            Clear
          </button>
        </>
      )}
    </section>
  );
}
