import { useEffect, useState } from 'preact/hooks';
import type { HiddenCompany } from '../../utils/list-prefs';

export interface HiddenCompaniesProps {
  load: () => Promise<HiddenCompany[]>;
  restore: (key: string) => Promise<void>;
}

/** The companies whose cards the user hid on results lists (the × on a card's chip), each one
 * restorable. */
export function HiddenCompanies({ load, restore }: HiddenCompaniesProps) {
  const [hidden, setHidden] = useState<HiddenCompany[] | null>(null);
  useEffect(() => void load().then(setHidden), [load]);
  return (
    <section class="hidden-companies" aria-labelledby="hidden-companies-heading">
      <h2 id="hidden-companies-heading">Hidden companies</h2>
      <p class="muted">On results lists, the cards of these companies are hidden, on every board.</p>
      {hidden && hidden.length === 0 && (
        <p class="hidden-none">None: hide one with the × on a card's chip.</p>
      )}
      {hidden && hidden.length > 0 && (
        <ul class="hidden-list">
          {hidden.map((c) => (
            <li key={c.key}>
              <span class="hidden-name">{c.name}</span>
              <button
                type="button"
                class="hidden-restore"
                aria-label={`Show ${c.name} again`}
                onClick={async () => {
                  await restore(c.key);
                  setHidden(await load());
                }}
              >
                Show again
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
