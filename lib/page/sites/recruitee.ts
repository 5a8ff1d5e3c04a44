import { adapterFound, at, evidenceOf, htmlText, str } from './embedded';
import { isObject, type JsonObject } from '../../model/json';
import { parseJsonLoose } from '../extract/jsonld';
import type { SiteAdapter } from './types';

/** `/o/<slug>`, and its application tab `/o/<slug>/c/new`: the address names no numeric id. */
const POSTING_PATH = /^\/o\/([^/]+)(?:\/c\/new)?\/?$/i;

function slugOf(url: URL): string | undefined {
  const raw = POSTING_PATH.exec(url.pathname)?.[1];
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw).toLowerCase();
  } catch {
    return raw.toLowerCase();
  }
}

/** The offer slug of any recruitee.com address naming a posting (its page or its application tab);
 * the slug is the only id the address carries. */
export function recruiteePostingId(url: URL): string | undefined {
  // a slug is the company's own ("designer"), so the company is part of the id
  const company = /^([\w-]+)\.recruitee\.com$/i.exec(url.hostname)?.[1]?.toLowerCase();
  const slug = company ? slugOf(url) : undefined;
  return slug && `${company}:${slug}`;
}

/** data-props of the server-rendered app root is entity-encoded JSON; the DOM gives it decoded. */
const MAX_PROPS = 8_000_000;

function appConfig(doc: Document): JsonObject | undefined {
  const props = doc.querySelector('[data-component="PublicApp"][data-props]')?.getAttribute('data-props');
  if (!props || props.length > MAX_PROPS) return undefined;
  const config = at(parseJsonLoose(props), 'appConfig');
  return isObject(config) ? config : undefined;
}

/** The translation to read: the `?lang=` asked for, the site's primary language, or the first one. */
function translation(item: unknown, url: URL, primary: string | undefined): JsonObject | undefined {
  const all = at(item, 'translations');
  if (!isObject(all)) return undefined;
  for (const lang of [url.searchParams.get('lang'), primary, Object.keys(all)[0]]) {
    const t = lang ? all[lang] : undefined;
    if (isObject(t)) return t;
  }
  return undefined;
}

/** The offer's places ("Utrecht, Netherlands"), from the site's location list by id. */
function places(
  config: JsonObject,
  offer: JsonObject,
  url: URL,
  primary: string | undefined,
): string | undefined {
  const ids = Array.isArray(offer['locationIds']) ? offer['locationIds'].slice(0, 20) : [];
  const list = Array.isArray(config['locations']) ? config['locations'].slice(0, 500) : [];
  const names = ids.map((id) => {
    const loc = list.find((l) => at(l, 'id') === id);
    const t = translation(loc, url, primary);
    const parts = [str(t?.['city']) ?? str(at(loc, 'city')), str(t?.['country']) ?? str(at(loc, 'country'))];
    return str(t?.['name']) ?? (parts.filter(Boolean).join(', ') || undefined);
  });
  return [...new Set(names.filter((n): n is string => !!n))].join('; ') || undefined;
}

/** Where the work happens, from the offer's flags; hybrid first, as it also asks for office days. */
function workplace(offer: JsonObject): string | undefined {
  if (offer['hybrid'] === true) return 'Hybrid';
  if (offer['remote'] === true) return 'Remote';
  if (offer['onSite'] === true || offer['on_site'] === true) return 'On-site';
  return undefined;
}

// Recruitee: <company>.recruitee.com/o/<slug>, the form a tab of the same page (/o/<slug>/c/new); many
// employers serve the same site on their own domain, which these patterns cannot name. The page is
// server-rendered from <div data-component="PublicApp" data-props="…">, whose entity-encoded JSON
// (appConfig: offers[] with slug, translations.<lang>.{title, descriptionHtml, requirementsHtml},
// locationIds; locations[]; departments[]) holds every offer of the site: the one read is the one
// whose slug is the address's (2026 scrapers). A JSON-LD JobPosting with the company and a full
// address was seen on live pages in 2026-09, though one survey of the same month found none. The
// rendered DOM's classes are generated, so none is read. The offer flags `remote`/`hybrid` are
// assumed from the public offers API (layout not verified).
export const recruitee: SiteAdapter = {
  id: 'recruitee',
  name: 'Recruitee',
  matches: ['*://*.recruitee.com/*'],
  excludes: ['*://app.recruitee.com/*'], // the employers' own app
  isPosting: (url) => slugOf(url) !== undefined,
  read: (doc, url) => {
    const slug = slugOf(url);
    const config = slug ? appConfig(doc) : undefined;
    const offers = Array.isArray(config?.['offers']) ? config['offers'].slice(0, 2000) : [];
    const offer = offers.find((o) => str(at(o, 'slug'))?.toLowerCase() === slug);
    if (!config || !isObject(offer)) return adapterFound({ postingId: slug }, { postingId: url.pathname });
    const primary = str(config['primaryLangCode']);
    const t = translation(offer, url, primary);
    const description = [t?.['descriptionHtml'], t?.['requirementsHtml']]
      .map(htmlText)
      .filter(Boolean)
      .join('\n');
    return adapterFound(
      {
        title: str(t?.['title']) ?? str(offer['title']),
        locationText: places(config, offer, url, primary),
        workplace: workplace(offer),
        description,
        postingId: slug,
      },
      {
        title: evidenceOf(t?.['title'] ?? offer['title']),
        workplace: evidenceOf({ remote: offer['remote'], hybrid: offer['hybrid'] }),
        postingId: url.pathname,
      },
    );
  },
};
