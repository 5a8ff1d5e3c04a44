// WebExtension match patterns ("*://*.example.com/jobs/*") tested against URLs, the way the browser
// reads them for content scripts: scheme, host (a leading "*." also covers the bare domain), path.

function hostMatches(pattern: string, host: string): boolean {
  const h = /^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
  if (h === '*') return true;
  if (h.startsWith('*.')) return host === h.slice(2) || host.endsWith(h.slice(1));
  return host === h;
}

function pathMatches(pattern: string, path: string): boolean {
  const p = /^[^:]+:\/\/[^/]+(\/.*)$/.exec(pattern)?.[1] ?? '/*';
  const re = new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return re.test(path);
}

function schemeMatches(pattern: string, protocol: string): boolean {
  const scheme = /^([^:]+):/.exec(pattern)?.[1];
  return scheme === '*' ? protocol === 'http:' || protocol === 'https:' : `${scheme}:` === protocol;
}

export function matchesPattern(pattern: string, url: URL): boolean {
  if (pattern === '<all_urls>') return /^(https?|file|ftp):$/.test(url.protocol);
  return (
    schemeMatches(pattern, url.protocol) &&
    hostMatches(pattern, url.hostname) &&
    pathMatches(pattern, url.pathname + url.search)
  );
}
