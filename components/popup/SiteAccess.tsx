import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { originPattern, siteHost } from '../../lib/access/site-access';
import { tabAccessApi, type CurrentTab, type TabAccessApi } from '../../utils/site-access-api';
import { downloadText } from './download';
import './site-access.css';

interface State {
  tab: CurrentTab;
  pattern: string;
  enabled: boolean;
}

async function load(api: TabAccessApi): Promise<State | null> {
  const tab = await api.currentTab();
  const pattern = tab && originPattern(tab.url);
  if (!tab || !pattern) return null;
  return { tab, pattern, enabled: tab.builtIn || (await api.isEnabled(pattern)) };
}

/**
 * The popup's word on the current site: built in, enabled, or neither, with "Enable Jobsight on
 * this site" (a standing grant for that one origin) and "Scan this page" (once, through activeTab).
 */
export function SiteAccess({ api }: { api: TabAccessApi }) {
  const [state, setState] = useState<State | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => void load(api).then(setState), [api]);
  if (!state) return null;
  const host = siteHost(state.pattern) ?? state.pattern;
  const saveReport = (): void => {
    api.bugReport(state.tab).then(
      ({ name, html }) => {
        downloadText(name, html, 'text/html');
        setMessage(`Saved ${name} in your downloads: attach it to your bug report. Nothing was sent.`);
      },
      (e: unknown) => setMessage(`Could not save this page: ${e instanceof Error ? e.message : String(e)}`),
    );
  };
  const report = (
    <button type="button" class="site-report" onClick={saveReport}>
      Save this page for a bug report
    </button>
  );
  const said = message && (
    <p class="site-message" role="status">
      {message}
    </p>
  );
  if (state.tab.builtIn)
    return (
      <section class="site-access" aria-label="This site">
        <p class="site-builtin muted">Jobsight reads job postings on {host} by itself.</p>
        {report}
        {said}
      </section>
    );
  const enable = (): void => {
    // Called inside the click: browsers grant a permission only to a user's gesture.
    void api.enable(state.pattern).then((ok) => {
      setState({ ...state, enabled: ok });
      setMessage(ok ? `Enabled: Jobsight reads ${host} whenever you open it.` : 'Not enabled.');
    });
  };
  const scan = (): void => {
    api.scan(state.tab.id).then(
      () => setMessage('Scanned: if this page holds a job posting, its panel is now on the page.'),
      (e: unknown) => setMessage(`Could not read this page: ${e instanceof Error ? e.message : String(e)}`),
    );
  };
  return (
    <section class="site-access" aria-label="This site">
      {state.enabled ? (
        <p class="site-enabled">Jobsight is enabled on {host}.</p>
      ) : (
        <button type="button" class="site-enable" onClick={enable}>
          Enable Jobsight on this site
        </button>
      )}
      <button type="button" class="site-scan" onClick={scan}>
        Scan this page
      </button>
      {report}
      {said}
    </section>
  );
}

/** The popup's one line for it: a box of its own above the saved jobs. */
export function mountSiteAccess(parent: HTMLElement, api: TabAccessApi = tabAccessApi): void {
  const box = document.createElement('div');
  box.className = 'site-access-root';
  parent.prepend(box);
  render(<SiteAccess api={api} />, box);
}
