// `npm run extract`: runs the CLI's built bundle, building it first when it is missing or older
// than a source file, so the TypeScript compiler never runs per call.
import { buildCli, cliBundleIsStale, CLI_BUNDLE } from '../scripts/build-cli.mjs';

if (cliBundleIsStale()) await buildCli();
await import(CLI_BUNDLE.href);
