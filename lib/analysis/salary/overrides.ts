import * as z from 'zod/mini';
import '../../model/zod';
import type { RateTable } from './rates';

/** The user's own rates: units of a currency per one unit of the table's base (USD). */
export const RateOverridesSchema = z.record(
  z.string().check(z.regex(/^[A-Z]{3}$/)),
  z.number().check(z.positive(), z.lt(1e9)),
);
export type RateOverrides = z.infer<typeof RateOverridesSchema>;

/** Read stored overrides; anything damaged counts as none. */
export function parseOverrides(raw: unknown): RateOverrides {
  const parsed = RateOverridesSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : {};
}

/** The table with the user's rates on top; its date says that it is no longer the table alone. */
export function withOverrides(table: RateTable, overrides: RateOverrides): RateTable {
  const codes = Object.keys(overrides).filter((c) => c !== table.base);
  if (!codes.length) return table;
  const rates = { ...table.rates };
  for (const code of codes) rates[code] = overrides[code] as number;
  return { ...table, date: `${table.date}, with your rates for ${codes.sort().join(', ')}`, rates };
}
