import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, openDocument } from '../../../cli/load';

// The CLI reads saved pages as a browser would build them, whatever the markup's flaws.

const dir = mkdtempSync(join(tmpdir(), 'jobsight-load-'));
const saved = (name: string, content: string | Buffer): string => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

const LOGO = '<svg viewBox="0 0 10 10"><title>Logo</title><style>.a{fill:#fff}</style><path d="M1z"/></svg>';

describe('a saved page is read whole', () => {
  it.each([
    ['an inline SVG logo with its own <style>', `<header><a href="/">${LOGO}</a></header>`],
    ['stray end tags after a button', '<div><button>x</button></h2></button></div>'],
  ])('%s', (_, before) => {
    const file = saved(
      'page.html',
      `<html><body>${before}<main><h1>Data Engineer</h1><p>Ort: Berlin</p></main></body></html>`,
    );
    const { doc, close } = openDocument(file, 'https://example.com/jobs/1');
    expect(doc.querySelector('h1')?.textContent).toBe('Data Engineer');
    expect(doc.querySelector('main p')?.textContent).toBe('Ort: Berlin');
    close();
  });
});

describe('a file that is no page gets one clear error', () => {
  it.each([
    ['missing', join(dir, 'nowhere.html'), /no such file/],
    ['empty', saved('empty.html', ''), /is empty/],
    ['binary', saved('image.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])), /binary/],
    ['of another format', saved('notes.pdf', '%PDF-1.4'), /unknown page format/],
  ])('%s', (_, file, message) => {
    expect(() => openDocument(file, 'https://example.com/')).toThrow(InputError);
    expect(() => openDocument(file, 'https://example.com/')).toThrow(message);
  });
});
