import { afterEach, describe, expect, it } from 'vitest';
import { bugReportHtml, bugReportName } from '../../../lib/report/bug-report';
import { pageSnapshot } from '../../../lib/report/page-snapshot';

// A page saved for a bug report keeps what we need to read it again and nothing of the user's.

const PAGE = `
  <h1 onclick="track()">Data Engineer</h1>
  <script>window.secret = 1</script>
  <script type="application/ld+json">{"@type":"JobPosting","title":"Data Engineer"}</script>
  <a href="javascript:apply()">Apply</a> <a href="/jobs/1">Job</a>
  <form action="/apply"><input name="email" value="me@example.com"><input type="checkbox" checked>
  <input type="submit" value="Send"><textarea>my cover letter</textarea>
  <select><option selected>Canada</option></select></form>
  <jobsight-panel></jobsight-panel>`;

afterEach(() => document.body.replaceChildren());

describe('the page snapshot', () => {
  it('drops scripts, handlers, javascript: links and form values, and keeps JSON-LD', () => {
    document.body.innerHTML = PAGE; // the test's own markup, standing in for a page
    const input = document.querySelector('input');
    if (input) input.value = 'typed@example.com';
    const { html } = pageSnapshot();
    expect(html).toContain('"@type":"JobPosting"');
    expect(html).toContain('Data Engineer');
    expect(html).toContain('href="/jobs/1"');
    expect(html).toContain('value="Send"');
    for (const gone of [
      'window.secret',
      'onclick',
      'javascript:',
      'me@example.com',
      'typed@example.com',
      'my cover letter',
      'checked',
      'selected',
    ])
      expect(html).not.toContain(gone);
  });

  it('leaves the live page as it was', () => {
    document.body.innerHTML = PAGE;
    const before = document.documentElement.outerHTML;
    pageSnapshot();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('the report file', () => {
  const page = {
    url: 'https://www.linkedin.com/jobs/view/123',
    title: 'Data Engineer',
    html: '<html><body><h1>Data Engineer</h1></body></html>',
  };
  const at = new Date('2026-12-07T10:00:00Z');

  it('starts with the address, as our fixtures do, and ends with what was read', () => {
    const read = {
      reading: { fields: { title: { value: 'Data -- Engineer' } } },
      job: { title: 'Data Engineer' },
    };
    const file = bugReportHtml(page, read, { version: '0.1.0', at });
    expect(file.split('\n')[0]).toBe('<!-- url: https://www.linkedin.com/jobs/view/123 -->');
    const comment = /<!-- jobsight-read:\n([\s\S]*)\n-->\n$/.exec(file)?.[1] ?? '';
    expect(comment).not.toContain('--');
    expect(JSON.parse(comment)).toMatchObject({
      savedBy: 'Jobsight 0.1.0',
      savedAt: at.toISOString(),
      ...read,
    });
  });

  it('says when Jobsight had not read the page', () => {
    const file = bugReportHtml(page, null, { version: '0.1.0', at });
    expect(file).toContain('Jobsight had not read this page');
  });

  it.each([
    ['https://www.linkedin.com/jobs/view/123', 'jobsight-page-www.linkedin.com-2026-12-07.html'],
    ['not a url', 'jobsight-page-page-2026-12-07.html'],
  ])('%s is saved as %s', (url, name) => {
    expect(bugReportName(url, at)).toBe(name);
  });
});
