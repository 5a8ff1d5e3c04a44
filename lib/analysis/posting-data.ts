import type { JsonObject } from '../model/json';
import { FIELD_TEXT, found, type FieldName, type Found, type Structured } from '../model/fields';
import type { Field } from '../model/types';
import { employmentTypeOf, workplaceOf } from '../model/work-words';
import { companyValue } from '../text/company-name';
import { structuredText } from '../text/structured-text';
import { cleanText } from '../text/repair';
import { linksToWeb } from '../text/web-url';

// A JobPosting's fields beyond its title and body, read from the node the page sent as written
// (`structured.jsonld`, `structured.microdata`). They rank where the page ranked structured data:
// below a site's own reader, above labels, layout and titles.

function addressText(place: unknown): string | undefined {
  if (!place || typeof place !== 'object') return structuredText(place);
  const p = place as JsonObject;
  const a = (p['address'] ?? p) as unknown;
  if (typeof a === 'string') return cleanText(a);
  if (!a || typeof a !== 'object') return structuredText(p['name']);
  const o = a as JsonObject;
  const parts = [o['addressLocality'], o['addressRegion'], o['addressCountry']]
    .map(structuredText)
    .filter(Boolean);
  return [...new Set(parts)].join(', ') || structuredText(p['name']);
}

function locationText(job: JsonObject): string | undefined {
  const places = ([] as unknown[]).concat(job['jobLocation'] ?? []);
  const text = [...new Set(places.map(addressText).filter(Boolean))].join('; ').slice(0, FIELD_TEXT);
  return text || structuredText(job['applicantLocationRequirements']);
}

function experience(v: unknown): string | undefined {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const months = Number((v as JsonObject)['monthsOfExperience']);
    if (months > 0) return months % 12 === 0 ? `${months / 12} years` : `${months} months`;
  }
  return structuredText(v);
}

const asId = (v: unknown): string | undefined =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? structuredText((v as JsonObject)['value'])
    : structuredText(v);

const remote = (job: JsonObject): string | undefined =>
  /telecommute|remote/i.test(structuredText(job['jobLocationType']) ?? '') ? 'remote' : undefined;

/** The fields a JobPosting states besides its title and body. */
export function fieldsOfPosting(job: JsonObject, source: 'jsonld' | 'microdata'): Found {
  const org = job['hiringOrganization'];
  return found(source, {
    company: typeof org === 'string' ? cleanText(org) : structuredText(org),
    locationText: locationText(job),
    workplace: remote(job),
    employmentType: structuredText(job['employmentType']),
    datePosted: structuredText(job['datePosted']),
    validThrough: structuredText(job['validThrough']),
    experience: experience(job['experienceRequirements']),
    applyUrl: structuredText(job['url']),
    postingId: asId(job['identifier']),
  });
}

/** A value a field can take, as the page's merge takes it (lib/page/extract/index.ts): a named
 * type, a named workplace, a link to a web page, an employer's name without its "- Jobs". */
const ACCEPT: Partial<Record<FieldName, (f: Field<string>) => Field<string> | undefined>> = {
  company: (f) => {
    const value = companyValue(f.value);
    return value ? { ...f, value } : undefined;
  },
  employmentType: (f) => (employmentTypeOf(f.value) ? f : undefined),
  workplace: (f) => (workplaceOf(f.value) ? f : undefined),
  applyUrl: (f) => (linksToWeb(f.value) ? f : undefined),
};

/** The page's fields with what its structured data states, where no site's reader spoke. */
export function withPostingData(fields: Found, structured: Structured): Found {
  const layers = [
    structured.jsonld ? fieldsOfPosting(structured.jsonld, 'jsonld') : {},
    structured.microdata ? fieldsOfPosting(structured.microdata, 'microdata') : {},
  ];
  const out: Found = { ...fields };
  for (const [name, page] of Object.entries(fields) as [FieldName, Field<string> | undefined][])
    if (page?.source === 'adapter') layers.forEach((layer) => delete layer[name]);
  for (const layer of layers.reverse())
    for (const [name, f] of Object.entries(layer) as [FieldName, Field<string>][]) {
      const taken = ACCEPT[name] ? ACCEPT[name](f) : f;
      if (taken) out[name] = taken;
    }
  return out;
}
