import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_RATES } from '../../lib/analysis/salary';
import type { RateOverrides as Overrides } from '../../lib/analysis/salary/overrides';

export interface RateOverridesProps {
  load: () => Promise<Overrides>;
  save: (o: Overrides) => Promise<Overrides>;
}

const CODES = Object.keys(DEFAULT_RATES.rates)
  .filter((c) => c !== DEFAULT_RATES.base)
  .sort();

/** Exchange rates the user trusts more than our dated table. */
export function RateOverrides({ load, save }: RateOverridesProps) {
  const [overrides, setOverrides] = useState<Overrides>({});
  const [code, setCode] = useState(CODES[0] ?? 'EUR');
  const [rate, setRate] = useState('');
  useEffect(() => void load().then(setOverrides), [load]);
  const store = async (next: Overrides): Promise<void> => setOverrides(await save(next));
  const add = (e: Event): void => {
    e.preventDefault();
    const value = Number(rate);
    if (Number.isFinite(value) && value > 0) void store({ ...overrides, [code]: value });
    setRate('');
  };
  const remove = (c: string): void => {
    const { [c]: _dropped, ...rest } = overrides;
    void store(rest);
  };
  return (
    <section class="rates" aria-labelledby="rates-heading">
      <h2 id="rates-heading">Exchange rates</h2>
      <p class="muted">
        Pay is converted with a built-in table of rates dated {DEFAULT_RATES.date}, each for 1{' '}
        {DEFAULT_RATES.base}
        {DEFAULT_RATES.source && ` (${DEFAULT_RATES.source})`}. Set your own rate for any currency.
      </p>
      <form class="rates-form" onSubmit={add}>
        <label>
          Currency
          <select name="rate-currency" value={code} onChange={(e) => setCode(e.currentTarget.value)}>
            {CODES.map((c) => (
              <option key={c} value={c}>
                {c} (table: {DEFAULT_RATES.rates[c]})
              </option>
            ))}
          </select>
        </label>
        <label>
          1 {DEFAULT_RATES.base} =
          <input
            name="rate-value"
            type="number"
            min="0"
            step="any"
            value={rate}
            placeholder={`${DEFAULT_RATES.rates[code]} (${DEFAULT_RATES.date})`}
            onInput={(e) => setRate(e.currentTarget.value)}
          />
        </label>
        <button type="submit">Use this rate</button>
      </form>
      {Object.keys(overrides).length > 0 && (
        <ul class="rates-list">
          {Object.entries(overrides).map(([c, v]) => (
            <li key={c}>
              1 {DEFAULT_RATES.base} = {v} {c}{' '}
              <button type="button" aria-label={`Remove your ${c} rate`} onClick={() => remove(c)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
