import '../../lib/zod';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PanelHost } from '../../components/PanelHost';
import type { Job } from '../../lib/job';
import { watchPage } from '../../lib/dom/page-watch';
import { SaveCurrentSchema, type SaveCurrentResponse } from '../../lib/messages';
import { createSaveController, type SaveController, type SaveInfo } from '../../lib/panel-save';
import { scan } from '../../lib/scan';
import { ADAPTER_MATCHES } from '../../lib/sites';
import type { VerdictStatus } from '../../lib/types';
// Inlined into the shadow root: fetching a stylesheet would be a request, and would need the file
// to be web-accessible to every site the user enables.
import panelCss from './style.css?inline';

const send = (message: unknown): Promise<unknown> => browser.runtime.sendMessage(message);
const reportVerdict = (status: VerdictStatus): void =>
  void send({ type: 'page-verdict', status }).catch(() => {});

// Declared for the built-in boards; the same file is registered for sites the user enables and
// injected once by "Scan this page". A second injection replaces the first (WXT invalidates it).
export default defineContentScript({
  matches: ADAPTER_MATCHES,
  cssInjectionMode: 'manual',
  main(ctx) {
    let ui: ShadowRootContentScriptUi<void> | undefined;
    let saver: SaveController | undefined;
    let shown: Promise<void> = Promise.resolve();
    const show = async (signal: AbortSignal): Promise<void> => {
      ui?.remove();
      ui = saver = undefined;
      const result = scan(document, new URL(location.href));
      send({ type: 'page-scanned', kind: result.detection.kind }).catch(() => {});
      if (!result.job || signal.aborted) return;
      const save = createSaveController(result.job, send);
      const mounted = await mountPanel(ctx, result.job, save);
      // A newer posting arrived while this one was mounting: it must not linger.
      if (signal.aborted) mounted.remove();
      else [ui, saver] = [mounted, save];
    };
    const watcher = watchPage({
      doc: document,
      href: () => location.href,
      onChange: (signal) => void (shown = show(signal)),
      signal: ctx.signal,
      ignore: () => ui?.shadowHost,
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.check());
    listenForSave(ctx, async () => {
      await shown;
      return saver?.save();
    });
  },
});

/** The keyboard command and the context menu reach the page through the background. */
function listenForSave(ctx: ContentScriptContext, save: () => Promise<SaveInfo | undefined>): void {
  const onMessage = (message: unknown, sender: { id?: string }): Promise<SaveCurrentResponse> | undefined => {
    if (sender.id !== browser.runtime.id || !SaveCurrentSchema.safeParse(message).success) return undefined;
    return save().then((info) =>
      info?.state === 'saved'
        ? { ok: true, status: info.status ?? 'saved' }
        : { ok: false, error: info ? 'the save failed' : 'no job posting on this page' },
    );
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

function mountPanel(
  ctx: ContentScriptContext,
  job: Job,
  save: SaveController,
): Promise<ShadowRootContentScriptUi<void>> {
  return createShadowRootUi(ctx, {
    name: 'jobsight-panel',
    css: panelCss,
    position: 'inline',
    // After <body>, not in it: the page's own children, and selectors like body > :last-child,
    // stay exactly as the page wrote them.
    anchor: 'html',
    append: 'last',
    isolateEvents: true,
    onMount(container, _shadow, host) {
      const site = location.hostname;
      render(
        <PanelHost
          job={job}
          save={save}
          site={site}
          onClose={() => {
            render(null, container); // unmounts, which also clears our highlight
            host.remove();
          }}
          onVerdict={reportVerdict}
        />,
        container,
      );
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  }).then((ui) => {
    ui.mount();
    return ui;
  });
}
