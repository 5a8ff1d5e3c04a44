// Sites outside the built-in boards are the user's choice, one origin at a time. These are the
// rules for naming such a site as a host permission, telling it apart from the boards the
// manifest already covers, and keeping registered content scripts in step with the grants.

/** Host permission pattern for the page's site ("*://jobs.example.com/*"), or null where Jobsight cannot run. */
export function originPattern(address: string | URL): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return null;
  return `*://${url.hostname}/*`;
}

/** The host of an opt-in pattern; null for any other shape (wildcard hosts, paths, <all_urls>). */
export function siteHost(pattern: string): string | null {
  return /^\*:\/\/([^/*]+)\/\*$/.exec(pattern)?.[1] ?? null;
}

/** "*://a.b/jobs/*" → "*://a.b/*": browsers report a content script's matches by origin. */
function originOf(pattern: string): string {
  return pattern.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*');
}

/**
 * The sites the user enabled: granted origins of the opt-in shape, less the built-in boards
 * (Chromium lists the manifest's content script matches among granted origins).
 */
export function userSites(granted: readonly string[], builtIn: readonly string[]): string[] {
  const boards = new Set([...builtIn, ...builtIn.map(originOf)]);
  return [...new Set(granted)].filter((o) => siteHost(o) !== null && !boards.has(o)).sort();
}

const SCRIPT_PREFIX = 'jobsight-site-';

/** The registered content script's id for one enabled site. */
export function scriptIdFor(pattern: string): string {
  return `${SCRIPT_PREFIX}${siteHost(pattern) ?? pattern}`;
}

export interface ScriptPlan {
  register: string[];
  unregister: string[];
}

/** What to register and unregister so that exactly the enabled sites have our content script. */
export function planScripts(registered: readonly { id: string }[], enabled: readonly string[]): ScriptPlan {
  const ours = new Set(registered.map((s) => s.id).filter((id) => id.startsWith(SCRIPT_PREFIX)));
  const wanted = new Map(enabled.map((p) => [scriptIdFor(p), p]));
  return {
    register: [...wanted].filter(([id]) => !ours.has(id)).map(([, p]) => p),
    unregister: [...ours].filter((id) => !wanted.has(id)),
  };
}

/** What the user typed into "Enable Jobsight on a site" ("careers.example.com", or a full address). */
export function patternFromInput(input: string): string | null {
  const text = input.trim();
  if (!text || /\s/.test(text)) return null;
  return originPattern(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
}
