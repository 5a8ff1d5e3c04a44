import { defineConfig } from 'wxt';

// Gecko id is fixed so Firefox keeps the same storage between updates (and tests can address it).
const GECKO_ID = 'jobsight@jobsight.dev';

export default defineConfig({
  // Several builds can live side by side (parallel work, CI); the tests read the same variable.
  outDir: process.env.JOBSIGHT_OUT ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Jobsight',
    description: 'Can you apply from where you live, and what does it pay? Read from the job page itself.',
    permissions: ['storage'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
