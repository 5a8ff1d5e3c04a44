// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPage, pagesIn } from '../../../cli/pages';
import { buildCli } from '../../../scripts/build-cli.mjs';

// The command line users run is the built bundle, reading with worker threads: it must print what
// the pipeline itself returns for every page, in order, and keep going past pages it cannot read.

const dir = mkdtempSync(join(tmpdir(), 'jobsight-cli-'));
let bundle = '';

beforeAll(async () => {
  bundle = await buildCli(join(dir, 'extract.mjs'));
}, 60_000);

const run = (...args: string[]) => {
  const out = spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8' });
  return { lines: out.stdout.trim().split('\n'), stderr: out.stderr, status: out.status };
};

const FIXTURES = pagesIn(['test/fixtures/pages', 'test/fixtures/seeds', 'test/fixtures/sites']);

describe('the CLI bundle', () => {
  it('prints the JSON the pipeline returns, for every fixture page, in order (two threads)', () => {
    expect(FIXTURES.length).toBeGreaterThan(20);
    const { lines, status } = run('--jsonl', '--threads', '2', ...FIXTURES);
    expect(status).toBe(0);
    expect(lines).toEqual(FIXTURES.map((file) => JSON.stringify(extractPage({ file }))));
  }, 60_000);

  it('reads one page with --url as the address', () => {
    const file = 'test/fixtures/sites/greenhouse.html';
    const url = 'https://job-boards.greenhouse.io/acme/jobs/4012345';
    const { lines, status } = run('--url', url, file);
    expect(status).toBe(0);
    expect(lines).toEqual([JSON.stringify(extractPage({ file, url }))]);
  }, 30_000);
});

describe('a batch with pages that cannot be read', () => {
  const bad: [string, string | Buffer][] = [
    ['empty.html', ''],
    ['binary.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])],
    ['notes.pdf', '%PDF-1.4 not a page'],
  ];
  const files = bad.map(([name, content]) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  });
  const missing = join(dir, 'missing.html');
  // Bad files between good ones, enough of them for the worker threads to share the run.
  const good = FIXTURES.slice(0, 12);
  const tasks = [...good.slice(0, 4), ...files, ...good.slice(4, 8), missing, ...good.slice(8)];

  it('gets one error line per bad file, in its place, and the run goes on', () => {
    const list = join(dir, 'list.tsv');
    writeFileSync(list, tasks.map((file) => `${file}\t`).join('\n'));
    const { lines, stderr, status } = run('--jsonl', '--threads', '2', '--list', list);
    expect(lines).toHaveLength(tasks.length);
    const errors = lines.map((l) => (JSON.parse(l) as { error?: string }).error);
    expect(errors.map((e, i) => (e ? tasks[i] : null)).filter(Boolean)).toEqual([...files, missing]);
    expect(errors.filter(Boolean)).toEqual([
      expect.stringMatching(/empty/),
      expect.stringMatching(/binary/),
      expect.stringMatching(/unknown page format \.pdf/),
      expect.stringMatching(/no such file/),
    ]);
    for (const e of errors) expect(e ?? '').not.toContain('\n');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ isJob: expect.any(Boolean) });
    expect(stderr).toContain('4 of 16 pages could not be read');
    expect(status).toBe(1);
  }, 60_000);

  it('says so in one line when the list itself is missing', () => {
    const { stderr, status } = run('--jsonl', '--list', missing);
    expect(stderr.trim().split('\n')).toEqual([`cannot read the list ${missing}`]);
    expect(status).toBe(1);
  });
});
