import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { NoPosting } from '../../components/panel/NoPosting';
import { PanelHost } from '../../components/panel/PanelHost';
import type { Job } from '../../lib/model/job';
import { watchPage } from '../../lib/page/page-watch';
import { createShadowPanel } from '../../lib/panel/shadow-host';
import { postingInView, scrollToPosting } from '../../lib/panel/posting-headings';
import { hasType } from '../../lib/model/has-type';
import type {
  AnalysisResponse,
  ReadThisPage,
  SaveCurrent,
  SaveCurrentResponse,
  ToBackground,
} from '../../lib/model/messages';
import { createSaveController, type SaveController, type SaveInfo } from '../../lib/panel/save';
import type { PageKind, PageRead, PageReading } from '../../lib/model/reading';
import { readPage } from '../../lib/page/read-page';
import type { SiteAdapter } from '../../lib/page/sites/types';
import type { JobView, VerdictStatus } from '../../lib/model/types';
import { loadPanelPrefs, type PanelPrefs } from '../../utils/panel-prefs';
import { pageSettled } from '../../utils/page-settled';
import { watchVerdictSettings } from '../../utils/settings-watch';
// Inlined into the shadow root: fetching a stylesheet would be a request, and would need the file
// to be web-accessible to every site the user enables.
import panelCss from './style.css?inline';

const send = (message: ToBackground): Promise<unknown> => browser.runtime.sendMessage(message);
const reportVerdict = (status: VerdictStatus): void =>
  void send({ type: 'page-verdict', status }).catch(() => {});

type Analysis = { job: Job; view: JobView };

// Just after the browser starts or the extension updates, the background may not listen yet.
const RETRY_DELAYS_MS = [100, 300, 1000, 3000];

const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** The salary and eligibility engines run in the background; this page only reads (lib/page/read-page.ts). */
async function analyse(reading: PageReading): Promise<Analysis | null> {
  const ask = () => send({ type: 'analyse', reading }) as Promise<AnalysisResponse | undefined>;
  let answer = await ask().catch(() => undefined);
  for (const delay of RETRY_DELAYS_MS) {
    if (answer !== undefined) break;
    await pause(delay);
    answer = await ask().catch(() => undefined);
  }
  return answer?.job ? answer : null;
}

// Every content script is this one function with its own site adapter: one script per built-in
// board (entrypoints/<site>.content.ts) carries only that board's adapter, and the generic one
// (entrypoints/content/index.ts) none, so no page loads the other boards' code. The browser runs a
// board's script only where the board's match patterns cover the page, so the adapter is its own.

/** Watches the page, reads each posting, shows the panel, and answers the save command. */
export function runContentScript(ctx: ContentScriptContext, adapter?: SiteAdapter): void {
  let ui: Mounted | undefined;
  let saver: SaveController | undefined;
  let shown: Promise<void> = Promise.resolve();
  /** `asked`: the user asked for this reading, so it never ends in silence; `anyway`: read the
   * page as a posting whatever detection says; `posting`: on a page of several, the one picked. */
  const show = async (
    signal: AbortSignal,
    asked = false,
    anyway = false,
    posting?: string,
  ): Promise<void> => {
    ui?.remove();
    ui = saver = undefined;
    const { detection, reading, misses, several } = readPosting(adapter, anyway, posting);
    send({ type: 'page-scanned', kind: reading ? 'posting' : detection.kind }).catch(() => {});
    if (reading && misses.length)
      send({ type: 'adapter-missed', site: reading.site, fields: misses }).catch(() => {});
    const readAnyway = (): void => void (shown = show(signal, true, true));
    // a request never ends in silence: what was asked for and is no posting says so
    const noPosting = (): void =>
      void (asked && !signal.aborted && (ui = mountNoPosting(ctx, detection.kind, readAnyway)));
    if (!reading) return noPosting();
    const analysis = await analyse(reading);
    const prefs = analysis && (await loadPanelPrefs(location.hostname, document.documentElement.clientWidth));
    if (!analysis) return noPosting();
    if (!prefs || signal.aborted) return;
    const save = createSaveController(analysis.job, send);
    const readOther = (name: string): void => {
      scrollToPosting(document, name);
      shown = show(signal, true, anyway, name);
    };
    const others = several ? { names: several.others, read: readOther } : undefined;
    // Checked after the round trip to the background: a newer posting may have arrived meanwhile.
    [ui, saver] = [mountPanel(ctx, { ...analysis, prefs }, save, () => analyse(reading), others), save];
  };
  // The first reading waits for the page to finish loading and for an idle moment: the page's
  // own work comes first (utils/page-settled.ts).
  let watcher: { check: () => void } | undefined;
  let asked = false;
  void pageSettled(window).then(() => {
    if (ctx.signal.aborted) return;
    watcher = watchPage({
      doc: document,
      href: () => location.href,
      onChange: (signal) => void (shown = show(signal)),
      signal: ctx.signal,
      ignore: () => ui?.shadowHost,
      // a board that renders its posting late (an SPA) is read again when its heading appears
      headings: [...(adapter?.fields?.title ?? []), 'h1'],
      quietStart: asked,
    });
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => watcher?.check());
  const askedNow = async (): Promise<void> => {
    asked = true;
    await shown;
    await (shown = show(ctx.signal, true));
  };
  listenForSave(ctx, async () => {
    await shown;
    if (!saver) await askedNow();
    return saver?.save();
  });
  listenForReadRequest(ctx, askedNow);
}

/** The page read once; on a page of several postings, the one picked, else the one in view. */
function readPosting(adapter: SiteAdapter | undefined, anyway: boolean, posting?: string): PageRead {
  const inView = (names: readonly string[]): string | null =>
    postingInView(document, names, window.innerHeight);
  return readPage(document, new URL(location.href), () => adapter, {
    anyway,
    posting: posting ? () => posting : inView,
  });
}

/** "Scan this page" from the popup: read again, this time saying so whatever the page holds. */
function listenForReadRequest(ctx: ContentScriptContext, read: () => Promise<void>): void {
  const onMessage = (message: unknown, sender: { id?: string }): undefined => {
    if (sender.id === browser.runtime.id && hasType<ReadThisPage['type']>(message, 'read-page')) void read();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

/** "No single job posting found here", with the reason and "Read it anyway". */
function mountNoPosting(ctx: ContentScriptContext, kind: PageKind, readAnyway: () => void): Mounted {
  const { host, container } = createShadowPanel(document, 'jobsight-panel', panelCss);
  const remove = (): void => {
    render(null, container);
    host.remove();
  };
  const forget = ctx.onInvalidated(remove);
  const close = (): void => {
    forget();
    remove();
  };
  render(
    <NoPosting
      kind={kind === 'list' ? 'list' : 'none'}
      onRead={() => (close(), readAnyway())}
      onClose={close}
    />,
    container,
  );
  document.documentElement.append(host);
  return { remove: close, shadowHost: host };
}

/** The keyboard command and the context menu reach the page through the background. Answered
 * with sendResponse rather than a returned promise, which Chrome's own API does not take. */
function listenForSave(ctx: ContentScriptContext, save: () => Promise<SaveInfo | undefined>): void {
  const onMessage = (
    message: unknown,
    sender: { id?: string },
    sendResponse: (r: SaveCurrentResponse) => void,
  ): true | undefined => {
    if (sender.id !== browser.runtime.id || !hasType<SaveCurrent['type']>(message, 'save-current'))
      return undefined;
    void save().then((info) =>
      sendResponse(
        info?.state === 'saved'
          ? { ok: true, status: info.status ?? 'saved' }
          : { ok: false, error: info ? 'the save failed' : 'no job posting on this page' },
      ),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

interface Mounted {
  remove: () => void;
  shadowHost: HTMLElement;
}

function mountPanel(
  ctx: ContentScriptContext,
  first: Analysis & { prefs: PanelPrefs },
  save: SaveController,
  reanalyse: () => Promise<Analysis | null>,
  others?: { names: string[]; read: (name: string) => void },
): Mounted {
  const { host, container } = createShadowPanel(document, 'jobsight-panel', panelCss);
  const site = location.hostname;
  const close = (): void => {
    render(null, container); // unmounts, which also clears our highlight
    host.remove();
  };
  const draw = ({ job, view }: Analysis): void =>
    render(
      <PanelHost
        job={job}
        view={view}
        prefs={first.prefs}
        save={save}
        site={site}
        onClose={close}
        onVerdict={reportVerdict}
        onOpenSettings={() => void send({ type: 'open-settings' })}
        others={others?.names}
        onReadOther={others?.read}
      />,
      container,
    );
  // After <body>, not in it: the page's own children, and selectors like body > :last-child,
  // stay exactly as the page wrote them.
  document.documentElement.append(host);
  draw(first);
  // A new profile or rate table changes the verdict and the pay line, not what the page says.
  const stopWatching = watchVerdictSettings(
    () => void reanalyse().then((a) => a && host.isConnected && draw(a)),
  );
  const teardown = (): void => {
    stopWatching();
    close();
  };
  const forgetTeardown = ctx.onInvalidated(teardown);
  // Each posting of a single-page board mounts anew: the old panel's hook goes with it.
  const remove = (): void => {
    forgetTeardown();
    teardown();
  };
  return { remove, shadowHost: host };
}
