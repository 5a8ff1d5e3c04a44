import { webUrl } from '../../lib/text/web-url';

export const DATE = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const THIS_YEAR = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

/** "Nov 3" this year, "Nov 3, 2025" otherwise: rows stay on one line. */
export function shortDate(ms: number, now = Date.now()): string {
  const same = new Date(ms).getFullYear() === new Date(now).getFullYear();
  return (same ? THIS_YEAR : DATE).format(ms);
}

/** Only http(s) links are opened: a saved URL comes from a web page and is data. */
export function safeHref(url: string | null | undefined): string | undefined {
  return url ? webUrl(url) : undefined;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
