import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

// Gecko id is fixed so Firefox keeps the same storage between updates (and tests can address it).
const GECKO_ID = 'jobsight@jobsight.dev';

// Our icon (assets/icon.svg, rendered by scripts/icons.ts), also on the toolbar button.
const ICONS = Object.fromEntries([16, 32, 48, 128].map((size) => [size, `icon/${size}.png`]));

// Any other site is opt-in, one origin at a time, asked for when the user clicks "Enable".
const OPT_IN_ORIGINS = ['*://*/*'];

// Follow-up reminders and backups to Downloads: asked for when the user first sets a follow-up
// date, turns backups on or presses "Back up now".
const ASKED_FOR_LATER = ['notifications', 'downloads'];

/** In the content scripts' builds only, `wxt/browser` (which the polyfill module points at
 * webextension-polyfill) becomes the browser's own API object: see entrypoints/content/native-browser.ts. */
function nativeBrowserInContentScript(): Plugin {
  let contentScript = false;
  return {
    name: 'jobsight:native-browser-in-content-script',
    enforce: 'pre',
    options(options) {
      contentScript = /entrypoints\/(content\/|[\w-]+\.content\.)/.test(JSON.stringify(options.input ?? ''));
    },
    resolveId(id) {
      if (contentScript && id === '@wxt-dev/webextension-polyfill/browser')
        return resolve(import.meta.dirname, 'entrypoints/content/native-browser.ts');
      return undefined;
    },
  };
}

/** Preact can set innerHTML for `dangerouslySetInnerHTML`, which Jobsight never uses (page text is
 * data: test/unit/meta/no-markup-sinks.test.ts). The assignment goes from the bundles, so no build
 * holds an innerHTML sink at all and `web-ext lint` has nothing to flag. A Preact whose code no
 * longer has this shape fails the build, to be looked at. */
function noInnerHtmlInPreact(): Plugin {
  const SINK = /\(\w\.innerHTML=\w\.__html\)/g;
  return {
    name: 'jobsight:no-inner-html-in-preact',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return undefined;
      const sinks = code.match(SINK)?.length ?? 0;
      if (sinks !== 1) this.error(`expected one innerHTML assignment in ${id}, found ${sinks}`);
      return { code: code.replace(SINK, '(0)'), map: null };
    },
  };
}

// Content scripts only (each has its 30 KB gzip budget): property reads without side effects and
// arrow functions for function expressions that use no `this`. Our page code reads no getter for
// its side effect, and builds no object with `new` on a function expression; the libraries of
// the other pages are left to the default passes.
const CONTENT_SCRIPT_COMPRESS = { pure_getters: true, unsafe_arrows: true };

export default defineConfig({
  // Several builds can live side by side (parallel work, CI); the tests read the same variable.
  outDir: process.env.JOBSIGHT_OUT ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [nativeBrowserInContentScript(), noInnerHtmlInPreact()],
    // Every content script has a 30 KB gzip budget (scripts/budgets.ts): terser's extra passes
    // and ES2020 output pack a few percent tighter than the default minifier.
    // JOBSIGHT_READABLE=1 builds unminified, to read a browser profile by function names.
    build: process.env.JOBSIGHT_READABLE
      ? { minify: false }
      : {
          minify: 'terser',
          terserOptions: { ecma: 2020, compress: { passes: 3 }, format: { comments: false } },
        },
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      const options = config.build?.terserOptions;
      if (options && entrypoints.every((e) => e.type === 'content-script'))
        config.build = {
          ...config.build,
          terserOptions: {
            ...options,
            compress: { ...Object(options.compress), ...CONTENT_SCRIPT_COMPRESS },
          },
        };
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Jobsight',
    description: 'Can you apply from where you live, and what does it pay? Read from the job page itself.',
    icons: ICONS,
    [manifestVersion === 3 ? 'action' : 'browser_action']: { default_icon: ICONS },
    // Each one is explained in the README's "Permissions" section.
    // Firefox takes `alarms` only as a required permission (it asks nothing for it); Chrome asks for
    // it with the features that need it (utils/optional-permissions.ts).
    permissions: [
      'storage',
      'activeTab',
      'scripting',
      'contextMenus',
      ...(browser === 'firefox' ? ['alarms'] : []),
    ],
    // MV2 (the Firefox build) keeps optional host patterns among the optional permissions.
    ...(manifestVersion === 3
      ? { optional_host_permissions: OPT_IN_ORIGINS, optional_permissions: ['alarms', ...ASKED_FOR_LATER] }
      : { optional_permissions: [...OPT_IN_ORIGINS, ...ASKED_FOR_LATER] }),
    commands: {
      'save-job': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Save the job posting on this page',
      },
      'open-tracker': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open the Jobsight tracker (all saved jobs in a tab)',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
