import '../../lib/zod';
import './style.css';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PanelHost } from '../../components/PanelHost';
import { scan } from '../../lib/scan';
import { BOARD_MATCHES } from '../../lib/sites/boards';

export default defineContentScript({
  matches: BOARD_MATCHES,
  cssInjectionMode: 'ui',
  main(ctx) {
    let ui: ShadowRootContentScriptUi<void> | undefined;
    const run = async (): Promise<void> => {
      ui?.remove();
      ui = undefined;
      const result = scan(document, new URL(location.href));
      void browser.runtime.sendMessage({ type: 'page-scanned', kind: result.detection.kind }).catch(() => {});
      if (!result.job) return;
      ui = await mountPanel(ctx, result.job);
    };
    void run();
    ctx.addEventListener(window, 'wxt:locationchange', () => void run());
  },
});

function mountPanel(ctx: ContentScriptContext, job: NonNullable<ReturnType<typeof scan>['job']>) {
  return createShadowRootUi(ctx, {
    name: 'jobsight-panel',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    isolateEvents: true,
    onMount(container, _shadow, host) {
      const close = (): void => host.remove();
      render(<PanelHost job={job} onClose={close} />, container);
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  }).then((ui) => {
    ui.mount();
    return ui;
  });
}
