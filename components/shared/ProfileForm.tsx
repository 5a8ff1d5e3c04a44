import { useMemo, useState } from 'preact/hooks';
import { COUNTRY_CODES, countryName, subdivisionsOf } from '../../lib/analysis/eligibility';
import { DEFAULT_RATES } from '../../lib/analysis/salary';
import type { Profile } from '../../lib/model/types';
import { MinPayInput } from './MinPayInput';

export interface ProfileFormProps {
  profile: Profile;
  onSave: (p: Profile) => void | Promise<void>;
  /** Shorter wording for the popup's first run. */
  compact?: boolean;
}

const CURRENCIES = [DEFAULT_RATES.base, ...Object.keys(DEFAULT_RATES.rates)]
  .filter((c, i, all) => all.indexOf(c) === i)
  .sort();

/** Where the user lives and what they need to earn: the two inputs to every verdict. */
export function ProfileForm({ profile, onSave, compact = false }: ProfileFormProps) {
  const [draft, setDraft] = useState<Profile>(profile);
  const [saved, setSaved] = useState(false);
  const countries = useMemo(
    () =>
      COUNTRY_CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) =>
        a.name.localeCompare(b.name),
      ),
    [],
  );
  const subdivisions = draft.country ? subdivisionsOf(draft.country) : [];
  const update = (patch: Partial<Profile>): void => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    await onSave(draft);
    setSaved(true);
  };
  return (
    <form class="profile-form" onSubmit={(e) => void submit(e)}>
      <label>
        {compact ? 'I live in' : 'Country you live in'}
        <select
          name="country"
          value={draft.country ?? ''}
          onChange={(e) => update({ country: e.currentTarget.value || null, subdivision: null })}
        >
          <option value="">Choose a country…</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {subdivisions.length > 0 && (
        <label>
          Province or state
          <select
            name="subdivision"
            value={draft.subdivision ?? ''}
            onChange={(e) => update({ subdivision: e.currentTarget.value || null })}
          >
            <option value="">Not set</option>
            {subdivisions.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Currency
        <select
          name="currency"
          value={draft.currency}
          onChange={(e) => update({ currency: e.currentTarget.value })}
        >
          {CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      {!compact && (
        <MinPayInput value={draft.minPay} onChange={(minPay) => update({ minPay })}>
          Minimum pay per year ({draft.currency})
        </MinPayInput>
      )}
      <button type="submit">Save</button>
      {saved && (
        <span class="saved" role="status">
          Saved
        </span>
      )}
    </form>
  );
}
