import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

// The project's imports as a graph, read from the sources as text: which file imports which, and
// whether the import survives compilation (a value) or is erased (`import type`).

export const ROOT = join(import.meta.dirname, '../..');

export interface Edge {
  /** A project file relative to the root ("lib/page/detect.ts"), or a package name ("zod/mini"). */
  to: string;
  typeOnly: boolean;
}

const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

export function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveFile(from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const base = normalize(join(dirname(from), spec.split('?')[0] ?? spec));
  for (const ext of ['', '.ts', '.tsx', '/index.ts', '/index.tsx'])
    if (existsSync(join(ROOT, base + ext)) && statSync(join(ROOT, base + ext)).isFile()) return base + ext;
  return base;
}

/** `{ a, type B }`: a value import unless every name is a type. */
function onlyTypes(names: string): boolean {
  const inner = /^\{([^}]*)\}$/.exec(names.trim())?.[1];
  if (inner === undefined) return false;
  const parts = inner
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 0 && parts.every((p) => p.startsWith('type '));
}

export function importsOf(file: string): Edge[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const edges: Edge[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[4] ?? m[5] ?? m[6];
    if (!spec) continue;
    const typeOnly = Boolean(m[2]) || (m[4] !== undefined && onlyTypes(m[3] ?? ''));
    edges.push({ to: resolveFile(file, spec), typeOnly });
  }
  return edges;
}

/** Every file and package a file reaches through value imports (what its bundle carries). */
export function valueClosure(file: string): Set<string> {
  const seen = new Set<string>();
  const walk = (f: string): void => {
    for (const { to, typeOnly } of importsOf(f)) {
      if (typeOnly || seen.has(to)) continue;
      seen.add(to);
      if (/\.tsx?$/.test(to)) walk(to);
    }
  };
  walk(file);
  return seen;
}

/** The import cycles among the given files, type-only imports included; each as a path of files. */
export function cycles(files: string[]): string[][] {
  const inSet = new Set(files);
  const state = new Map<string, 'open' | 'done'>();
  const found: string[][] = [];
  const stack: string[] = [];
  const visit = (f: string): void => {
    state.set(f, 'open');
    stack.push(f);
    for (const { to } of importsOf(f)) {
      if (!inSet.has(to)) continue;
      if (state.get(to) === 'open') found.push([...stack.slice(stack.indexOf(to)), to]);
      else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return found;
}

/** The lib/ folder a file belongs to ("page", "analysis"…), or the file itself at lib/'s top. */
export function libRoom(file: string): string | null {
  const rel = relative('lib', file);
  if (rel.startsWith('..')) return null;
  return rel.split('/')[0] ?? null;
}
