import { cleanText } from '../../text/repair';
import { webUrl } from '../../text/web-url';
import { found, type Found } from '../../model/fields';
import { NOT_AN_EMPLOYER } from '../../text/board-names';
import { PAGE_TITLE_TEXT } from '../../model/reading';

function metaContent(doc: Document, names: string[]): string | undefined {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}" i], meta[name="${name}" i]`);
    const v = el?.getAttribute('content');
    if (v && cleanText(v)) return cleanText(v);
  }
  return undefined;
}

/** og:title (or twitter:title) and <title> as the page writes them: the background reads the
 * "Title at Company | Board" conventions in them (lib/analysis/page-titles.ts). */
export function pageTitles(doc: Document): string[] {
  const og = metaContent(doc, ['og:title', 'twitter:title']);
  const title = cleanText(doc.querySelector('title')?.textContent ?? '');
  return [og ?? '', title].map((t) => t.slice(0, PAGE_TITLE_TEXT));
}

/** The page's own address, as it states it (canonical link, then og:url), resolved against `base`. */
export function canonicalUrl(doc: Document, base: string): string | undefined {
  const href =
    doc.querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? metaContent(doc, ['og:url']);
  return href ? webUrl(href, base) : undefined;
}

export function siteName(doc: Document): string | undefined {
  return metaContent(doc, ['og:site_name', 'application-name']);
}

/** On a company's own careers site, the site's name is the employer. */
export function employerFromSiteName(doc: Document): Found {
  const name = siteName(doc);
  return found('meta', { company: name && !NOT_AN_EMPLOYER.test(name) ? name : undefined });
}

/** Last resort: og:title as it stands (the background takes the role out of it). */
export function weakFieldsFromMeta(doc: Document): Found {
  return found('meta', { title: metaContent(doc, ['og:title', 'twitter:title']) });
}
