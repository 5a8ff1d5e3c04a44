// Country, subdivision and UTC-offset lookups over the generated tables. The tables are packed
// strings (smaller in the bundle than object literals) and are unpacked on first use only.
import { COUNTRY_TABLE } from './countries.generated';
import { OFFSET_TABLE } from './offsets.generated';
import { SUBDIVISION_TABLE } from './subdivisions.generated';

export interface Subdivision {
  code: string;
  name: string;
}

/** Splits `K=v|K=v` into a map. */
function unpack(table: string): Map<string, string> {
  return new Map(table.split('|').map((row) => row.split('=') as [string, string]));
}

let countries: Map<string, string[]> | undefined;
let subdivisions: Map<string, Subdivision[]> | undefined;
let offsets: Map<string, [number, number]> | undefined;

/** Country code → its names, display name first. */
export function countryNames(): Map<string, string[]> {
  countries ??= new Map([...unpack(COUNTRY_TABLE)].map(([cc, names]) => [cc, names.split(';')]));
  return countries;
}

/** ISO 3166-1 alpha-2 codes we know, sorted. */
export const COUNTRY_CODES: string[] = /* @__PURE__ */ COUNTRY_TABLE.split('|').map((row) => row.slice(0, 2));

export const isCountryCode = (code: string): boolean => countryNames().has(code);

/** English display name; the code itself when unknown, so the UI never shows an empty string. */
export function countryName(code: string): string {
  return countryNames().get(code.toUpperCase())?.[0] ?? code;
}

function subdivisionMap(): Map<string, Subdivision[]> {
  subdivisions ??= new Map(
    [...unpack(SUBDIVISION_TABLE)].map(([cc, rows]) => [
      cc,
      rows.split(';').map((row) => {
        const [suffix = '', name = ''] = row.split(':');
        return { code: `${cc}-${suffix}`, name };
      }),
    ]),
  );
  return subdivisions;
}

/** States/provinces we keep for a country (empty for countries postings do not subdivide). */
export function subdivisionsOf(country: string): Subdivision[] {
  return subdivisionMap().get(country.toUpperCase()) ?? [];
}

/** A subdivision's name ("CA-QC" → "Quebec"); the code itself when unknown. */
export function subdivisionName(code: string): string {
  return subdivisionsOf(code.slice(0, 2)).find((s) => s.code === code.toUpperCase())?.name ?? code;
}

export const SUBDIVISION_COUNTRIES = (): string[] => [...subdivisionMap().keys()];

export function isSubdivisionCode(code: string): boolean {
  return subdivisionsOf(code.slice(0, 2)).some((s) => s.code === code);
}

/** [min, max] UTC offset in minutes over the country's zones (daylight time included), or null. */
export function offsetsOf(country: string): [number, number] | null {
  offsets ??= new Map(
    OFFSET_TABLE.split('|').map((row) => {
      const [cc = '', lo = '0', hi = '0'] = row.split(':');
      return [cc, [Number(lo), Number(hi)]];
    }),
  );
  return offsets.get(country) ?? null;
}
