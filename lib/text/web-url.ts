// Links read from a page lead to web pages only: never `javascript:`, `data:` or the like, which the
// panel, the popup or an export could otherwise hand to a click.

/** An href as an absolute http(s) URL (resolved against `base`, when given), or nothing. */
export function webUrl(href: string, base?: URL | string): string | undefined {
  try {
    const u = new URL(href, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** The host an address names ("jobs.acme.com"), or '' when the text is no address. */
export function hostOf(href: string): string {
  try {
    return new URL(href).hostname;
  } catch {
    return '';
  }
}

const SCHEME = /^\s*[a-z][a-z\d+.-]*:/i;

/** Whether an href, absolute or relative, would lead to a web page. */
export const linksToWeb = (href: string): boolean => !SCHEME.test(href) || /^\s*https?:/i.test(href);
