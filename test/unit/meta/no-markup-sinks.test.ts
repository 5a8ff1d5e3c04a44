import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Page text is data. No source file may hand a string to an HTML parser sink.
const ROOTS = ['lib', 'components', 'entrypoints'];
const SINKS =
  /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(|createContextualFragment/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('markup sinks', () => {
  it.each(ROOTS.flatMap(sourceFiles))('%s uses none', (file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(SINKS);
  });
});
