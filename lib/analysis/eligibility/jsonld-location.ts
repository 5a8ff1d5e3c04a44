// Schema.org JobPosting location values: applicantLocationRequirements (a rule, tier 2), jobLocation
// (sites), jobLocationType TELECOMMUTE (remote). Real pages vary the shape (one object or a list,
// names or codes, {name} objects, "Address"/"Name" with capitals), so keys are lowercased first
// and each value is checked with a schema before use.
import * as z from 'zod/mini';
import '../../model/zod';
import { isCountryCode, isSubdivisionCode } from '../geo';
import { claimOf, sitesOf, type Reading } from './claims';
import { findMentions } from './places';
import { refCountry, type Mention } from './refs';
import { clean } from '../../text/words';

const Name = z.union([z.string(), z.looseObject({ name: z.optional(z.string()) })]);
const Address = z.looseObject({
  addresscountry: z.optional(z.nullable(Name)),
  addressregion: z.optional(z.nullable(z.string())),
  addresslocality: z.optional(z.nullable(z.string())),
});
const Place = z.looseObject({
  '@type': z.optional(z.unknown()),
  name: z.optional(z.nullable(z.string())),
  address: z.optional(z.nullable(z.union([z.string(), Address]))),
});

// Place → address → country → name is four levels; a hostile page may nest thousands.
const MAX_DEPTH = 8;

/** Lowercases object keys all the way down ("Address" → "address"); deeper values are dropped. */
function lowerKeys(v: unknown, depth = 0): unknown {
  if (!v || typeof v !== 'object') return v;
  if (depth > MAX_DEPTH) return undefined;
  if (Array.isArray(v)) return v.map((x) => lowerKeys(x, depth + 1));
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k.toLowerCase(), lowerKeys(x, depth + 1)]));
}

const list = (v: unknown): unknown[] =>
  (Array.isArray(v) ? v : v === null || v === undefined ? [] : [v]).map((x) => lowerKeys(x));

/** Places in a short structured value: a code ("US", "CA") is trusted here, unlike in prose. */
function placesIn(text: string | null | undefined): Mention[] {
  const t = text?.trim() ?? '';
  if (!t) return [];
  if (/^[A-Za-z]{2}$/.test(t) && isCountryCode(t.toUpperCase())) {
    return [{ ref: t.toUpperCase(), via: 'code', start: 0, end: 2 }];
  }
  return findMentions(clean(t), { lenient: true });
}

const nameOf = (v: z.infer<typeof Name> | null | undefined): string | undefined =>
  typeof v === 'string' ? v : (v?.name ?? undefined);

function addressPlaces(a: z.infer<typeof Address>): Mention[] {
  const country = placesIn(nameOf(a.addresscountry));
  const cc = country.map((m) => refCountry(m.ref)).find(Boolean);
  const region = a.addressregion?.trim() ?? '';
  // "ON" with country CA is CA-ON; a region code means nothing without its country.
  const code = cc && /^[A-Z]{2,3}$/.test(region) ? `${cc}-${region}` : '';
  const regionRef: Mention[] = isSubdivisionCode(code)
    ? [{ ref: code, via: 'address', start: 0, end: 0 }]
    : [];
  const named = regionRef.length ? [] : placesIn(region).filter((m) => !cc || refCountry(m.ref) === cc);
  const locality = placesIn(a.addresslocality).filter((m) => !cc || refCountry(m.ref) === cc);
  return [...country, ...regionRef, ...named, ...locality];
}

interface Read {
  mentions: Mention[];
  /** What the value says, written plainly, for the evidence ("Montreal, Quebec, CA"). */
  text: string;
}

function readPlace(v: unknown): Read {
  if (typeof v === 'string') return { mentions: placesIn(v), text: v };
  const p = Place.safeParse(v);
  if (!p.success) return { mentions: [], text: '' };
  const a = p.data.address;
  if (typeof a === 'string') return { mentions: placesIn(a), text: a };
  if (!a) return { mentions: placesIn(p.data.name), text: p.data.name ?? '' };
  const parts = [a.addresslocality, a.addressregion, nameOf(a.addresscountry)];
  return { mentions: addressPlaces(a), text: parts.filter(Boolean).join(', ') };
}

export interface JsonLdLocation {
  applicantLocationRequirements?: unknown;
  jobLocation?: unknown;
  jobLocationType?: unknown;
}

export function readJsonLdLocation(ld: JsonLdLocation | null | undefined, r: Reading): void {
  if (!ld) return;
  if (list(ld.jobLocationType).some((t) => typeof t === 'string' && /telecommute/i.test(t))) r.remote = true;
  const required = list(ld.applicantLocationRequirements).map(readPlace);
  const text = required
    .map((x) => x.text)
    .filter(Boolean)
    .join('; ');
  const claim = claimOf(
    required.flatMap((x) => x.mentions),
    2,
    { text, role: 'jsonld' },
  );
  if (claim) r.claims.push(claim);
  for (const place of list(ld.jobLocation).map(readPlace)) {
    r.sites.push(...sitesOf(place.mentions, { text: place.text, role: 'jsonld-site' }));
  }
}
