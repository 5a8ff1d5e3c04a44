import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { interpret } from '../../../lib/analysis/interpret';
import { readPage } from '../../../lib/page/read-page';
import type { SiteAdapter } from '../../../lib/page/sites/types';
import { checkSite, newSiteFiles, registerSite } from '../../../scripts/new-site/templates';
import { ROOT } from '../../helpers/import-graph';
import { siteDoc } from '../../helpers/sites';

const SITE = { id: 'exampleboard', name: 'Example Board', host: 'jobs.exampleboard.com' };
const files = newSiteFiles(SITE);
// Written where the test runner may import them, with the adapter's imports pointed at the real files.
const TMP = join(ROOT, 'test/.tmp', `new-site-${process.pid}`);
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

async function generatedAdapter(): Promise<SiteAdapter> {
  mkdirSync(TMP, { recursive: true });
  const sites = join(ROOT, 'lib/page/sites');
  const source = (files['lib/page/sites/exampleboard.ts'] ?? '').replaceAll("from './", `from '${sites}/`);
  writeFileSync(join(TMP, 'exampleboard.ts'), source);
  const module = (await import(/* @vite-ignore */ join(TMP, 'exampleboard.ts'))) as Record<
    string,
    SiteAdapter
  >;
  return module['exampleboard'] as SiteAdapter;
}

describe('npm run new-site', () => {
  it('writes the four files of a board', () => {
    expect(Object.keys(files).sort()).toEqual([
      'entrypoints/exampleboard.content.ts',
      'lib/page/sites/exampleboard.ts',
      'test/fixtures/sites/exampleboard.html',
      'test/unit/page/sites/exampleboard.test.ts',
    ]);
  });

  it('writes an adapter that reads its own fixture into the job its test expects', async () => {
    const adapter = await generatedAdapter();
    const html = files['test/fixtures/sites/exampleboard.html'] ?? '';
    const url = new URL(/^<!-- url: (\S+) -->/.exec(html)?.[1] ?? '');
    const { detection, reading } = readPage(siteDoc(html), url, () => adapter);
    expect(detection.kind).toBe('posting');
    expect(reading?.site).toBe('exampleboard');
    expect(reading?.fields.title).toMatchObject({ value: 'Platform Engineer', source: 'adapter' });
    expect(reading?.fields.company).toMatchObject({ value: 'Northwind Labs', source: 'adapter' });
    const job = reading && interpret(reading).job;
    const test = files['test/unit/page/sites/exampleboard.test.ts'] ?? '';
    for (const value of [job?.title, job?.company, job?.locationText, job?.workplace])
      expect(test).toContain(`'${value}'`);
  });

  it('lists the adapter in lib/page/sites/index.ts', () => {
    const index = readFileSync(join(ROOT, 'lib/page/sites/index.ts'), 'utf8');
    const listed = registerSite(index, 'exampleboard');
    expect(listed).toContain("import { exampleboard } from './exampleboard';");
    expect(listed).toMatch(/ADAPTERS: readonly SiteAdapter\[\] = \[[^\]]*\n {2}exampleboard,\n\];/);
  });

  it.each([
    [{ ...SITE, id: 'Example' }, /lowercase/],
    [{ ...SITE, id: 'a/b' }, /lowercase/],
    [{ ...SITE, host: 'not a host' }, /domain/],
    [{ ...SITE, name: "it's" }, /quotes/],
  ])('refuses %j', (site, why) => {
    expect(checkSite(site)).toMatch(why);
  });

  it('accepts a plain board', () => {
    expect(checkSite(SITE)).toBeNull();
  });
});
