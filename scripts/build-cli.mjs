// Bundles the command line (cli/extract.ts and the engines it runs) into one ES module for Node,
// so a call starts in a fraction of a second without a TypeScript compiler.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI_BUNDLE = pathToFileURL(join(ROOT, '.cli/extract.mjs'));
const SOURCES = ['cli', 'lib', 'package-lock.json'];

function newestIn(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestIn(join(path, name))));
}

export function cliBundleIsStale() {
  let built;
  try {
    built = statSync(CLI_BUNDLE).mtimeMs;
  } catch {
    return true;
  }
  return SOURCES.some((source) => newestIn(join(ROOT, source)) > built);
}

export async function buildCli(outfile = fileURLToPath(CLI_BUNDLE)) {
  await build({
    entryPoints: [join(ROOT, 'cli/extract.ts')],
    outfile,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // happy-dom and its dependencies are CommonJS and call require().
    banner: { js: "import{createRequire}from'node:module';const require=createRequire(import.meta.url);" },
  });
  return outfile;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${await buildCli()}\n`);
}
