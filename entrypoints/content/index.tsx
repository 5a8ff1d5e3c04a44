import '../../lib/zod';
import './style.css';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PanelHost } from '../../components/PanelHost';
import type { Job } from '../../lib/job';
import { watchPage } from '../../lib/dom/page-watch';
import { scan } from '../../lib/scan';
import { ADAPTER_MATCHES } from '../../lib/sites';

export default defineContentScript({
  matches: ADAPTER_MATCHES,
  cssInjectionMode: 'ui',
  main(ctx) {
    let ui: ShadowRootContentScriptUi<void> | undefined;
    const show = async (signal: AbortSignal): Promise<void> => {
      ui?.remove();
      ui = undefined;
      const result = scan(document, new URL(location.href));
      browser.runtime.sendMessage({ type: 'page-scanned', kind: result.detection.kind }).catch(() => {});
      if (!result.job || signal.aborted) return;
      const mounted = await mountPanel(ctx, result.job);
      // A newer posting arrived while this one was mounting: it must not linger.
      if (signal.aborted) mounted.remove();
      else ui = mounted;
    };
    const watcher = watchPage({
      doc: document,
      href: () => location.href,
      onChange: (signal) => void show(signal),
      signal: ctx.signal,
      ignore: () => ui?.shadowHost,
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.check());
  },
});

function mountPanel(ctx: ContentScriptContext, job: Job): Promise<ShadowRootContentScriptUi<void>> {
  return createShadowRootUi(ctx, {
    name: 'jobsight-panel',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    isolateEvents: true,
    onMount(container, _shadow, host) {
      render(<PanelHost job={job} onClose={() => host.remove()} />, container);
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  }).then((ui) => {
    ui.mount();
    return ui;
  });
}
