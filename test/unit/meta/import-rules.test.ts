import { describe, expect, it } from 'vitest';
import { cycles, importsOf, libRoom, sourceFiles, valueClosure } from '../../helpers/import-graph';

// lib/README.md draws the map: which room of lib/ may import which. This test holds it.

/** Room → the rooms it may import (itself always). Packages are checked apart, below. */
const MAY_IMPORT: Record<string, string[]> = {
  model: [],
  text: [],
  access: [],
  report: ['model'],
  page: ['model', 'text', 'access'],
  panel: ['model', 'text'],
  analysis: ['model', 'text'],
  'saved-jobs': ['model', 'text', 'analysis', 'page/sites/posting-ids.ts'],
  'scan.ts': ['model', 'page', 'analysis'],
  'dispatch.ts': ['model', 'analysis', 'saved-jobs'],
};

const LIB = sourceFiles('lib').filter((f) => !f.endsWith('.generated.ts'));
const ALL = ['lib', 'components', 'entrypoints', 'utils'].flatMap(sourceFiles);
const CONTENT_SCRIPTS = sourceFiles('entrypoints').filter((f) =>
  /\.content\.ts$|content\/index\.ts$/.test(f),
);

describe('lib/ rooms import only the rooms lib/README.md allows', () => {
  it('every file of lib/ is in a room the map knows', () => {
    expect(LIB.map(libRoom).filter((room) => !room || !(room in MAY_IMPORT))).toEqual([]);
  });

  it.each(LIB)('%s', (file) => {
    const room = libRoom(file) ?? '';
    const allowed = new Set([room, ...(MAY_IMPORT[room] ?? [])]);
    // A room, or one file of another room named in the map.
    const mayImport = (to: string): boolean => allowed.has(libRoom(to) ?? '') || allowed.has(to.slice(4));
    const strays = importsOf(file)
      .filter((e) => e.to.startsWith('lib/'))
      .filter((e) => !mayImport(e.to))
      .map((e) => e.to);
    expect(strays).toEqual([]);
  });
});

describe('the content script reads; it carries no engine', () => {
  // A value import of these would put a schema library, an engine or a database in every page.
  const FORBIDDEN =
    /^(zod|idb$)|^lib\/(analysis|saved-jobs|dispatch)|^lib\/model\/(job|messages|reading-schema|profile|zod)\.ts$/;
  it.each(CONTENT_SCRIPTS)('%s', (file) => {
    expect([...valueClosure(file)].filter((f) => FORBIDDEN.test(f))).toEqual([]);
  });

  it.each(sourceFiles('lib/page'))('%s reaches no schema library', (file) => {
    expect([...valueClosure(file)].filter((f) => f.startsWith('zod'))).toEqual([]);
  });
});

describe('components never reach IndexedDB: the store is handed to them', () => {
  const touchesIdb = (file: string): boolean => importsOf(file).some((e) => e.to === 'idb');
  it.each(sourceFiles('components'))('%s', (file) => {
    const reached = [file, ...valueClosure(file)].filter((f) => /\.tsx?$/.test(f) && touchesIdb(f));
    expect(reached).toEqual([]);
  });
});

describe('no import cycles, type-only imports included', () => {
  it('in lib/, components/, entrypoints/ and utils/', () => {
    expect(cycles(ALL)).toEqual([]);
  });
});
