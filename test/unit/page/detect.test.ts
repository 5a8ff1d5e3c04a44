import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/page/detect';
import { pageDoc } from '../../helpers/pages';

describe('detect', () => {
  it.each([
    ['jsonld-posting.html', 'https://boards.greenhouse.io/northwind/jobs/4410021', 'posting'],
    ['label-value.html', 'https://www.remotewlb.com/jobs/data-platform-engineer', 'posting'],
    ['article.html', 'https://news.example/2026/remote-hiring', 'none'],
    ['list.html', 'https://board.example/remote-engineering-jobs', 'list'],
    ['feed-item.html', 'https://github.example/remote-feed/issues/88', 'posting'],
    ['careers-index.html', 'https://brightwave.example/careers', 'list'],
    ['about.html', 'https://brightwave.example/about', 'none'],
    ['results-table.html', 'https://jobfinder.example/data-jobs-sydney', 'list'],
    ['other-job-jsonld.html', 'https://brightwave.example/blog/on-call', 'none'],
    ['several-roles.html', 'https://furrowline.example/careers', 'posting'],
  ])('%s is a %s… page', (file, url, kind) => {
    expect(detect(pageDoc(file), new URL(url)).kind).toBe(kind);
  });

  it('calls a page with several JobPostings a list', () => {
    const ld =
      '<script type="application/ld+json">[{"@type":"JobPosting","title":"A"},{"@type":"JobPosting","title":"B"}]</script>';
    expect(
      detect(
        pageDoc(`<html><head>${ld}</head><body><h1>Jobs</h1></body></html>`),
        new URL('https://x.example/'),
      ).kind,
    ).toBe('list');
  });

  it('rejects an empty page', () => {
    expect(detect(pageDoc('<html><body></body></html>'), new URL('https://x.example/')).kind).toBe('none');
  });
});
