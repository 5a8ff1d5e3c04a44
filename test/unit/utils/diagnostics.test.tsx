import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Diagnostics } from '../../../components/options/Diagnostics';
import { readPage } from '../../../lib/page/read-page';
import { linkedin } from '../../../lib/page/sites/linkedin';
import { clearDiagnostics, loadDiagnostics, noteMisses, parseDiagnostics } from '../../../utils/diagnostics';
import { pageDoc } from '../../helpers/pages';

beforeEach(() => fakeBrowser.reset());

// A LinkedIn posting address serving a layout none of the adapter's selectors know.
const REDESIGNED = pageDoc(`<html><head><title>Data Engineer | Northwind | LinkedIn</title></head><body><main>
  <h1 class="jobs-2027-heading">Data Engineer</h1><p class="jobs-2027-company">Northwind Labs</p>
  <h2>About the job</h2><p>You will build our data platform. This role is open to candidates in Canada.</p>
  <h2>Requirements</h2><p>Five years of Python.</p><button>Apply</button></main></body></html>`);
const URL_OF_POSTING = new URL('https://www.linkedin.com/jobs/view/4010999999');

describe('a board redesign degrades, never goes silent', () => {
  it('reads the page the generic way and names what the board reader missed', () => {
    const { detection, reading, misses } = readPage(REDESIGNED, URL_OF_POSTING, () => linkedin);
    expect(detection.kind).toBe('posting');
    expect(reading?.fields.title?.value).toBe('Data Engineer');
    expect(reading?.site).toBe('linkedin');
    expect(misses).toContain('title');
  });

  it('counts each miss per board and field, and clears them', async () => {
    await noteMisses('linkedin', ['title', 'description'], 1000);
    await noteMisses('linkedin', ['title'], 2000);
    await noteMisses('indeed', ['company'], 3000);
    expect(await loadDiagnostics()).toEqual({
      linkedin: { title: { count: 2, last: 2000 }, description: { count: 1, last: 1000 } },
      indeed: { company: { count: 1, last: 3000 } },
    });
    await clearDiagnostics();
    expect(await loadDiagnostics()).toEqual({});
  });

  it('loses no count when misses arrive together', async () => {
    await Promise.all([noteMisses('linkedin', ['title'], 1), noteMisses('linkedin', ['title'], 2)]);
    expect((await loadDiagnostics())['linkedin']?.title?.count).toBe(2);
  });

  it.each([
    null,
    'x',
    { a: 'b' },
    { linkedin: { title: { count: 'many' } } },
    { linkedin: { nope: { count: 1, last: 1 } } },
  ])('keeps nothing of a damaged record: %j', (raw) => {
    expect(parseDiagnostics(raw)).toEqual({});
  });

  it('lists the misses on the options page', async () => {
    await noteMisses('linkedin', ['title'], Date.UTC(2026, 11, 7));
    const root = document.createElement('div');
    await act(async () => render(<Diagnostics load={loadDiagnostics} clear={clearDiagnostics} />, root));
    const cells = () => [...root.querySelectorAll('tbody td')].map((td) => td.textContent).slice(0, 3);
    await vi.waitFor(() => expect(cells()).toEqual(['linkedin', 'Title', '1']));
    await act(async () => root.querySelector('button')?.click());
    await vi.waitFor(() =>
      expect(root.querySelector('.diagnostics-none')?.textContent).toBe('No misses so far.'),
    );
    expect(await loadDiagnostics()).toEqual({});
  });
});
