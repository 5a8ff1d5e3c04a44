import { describe, expect, it } from 'vitest';
import { scan } from '../../../lib/scan';
import {
  BAD_LINKS,
  escapeHtml,
  hostileDoc,
  ldJson,
  PAGE_URL,
  posting,
  postingBody,
} from '../../helpers/hostile-pages';
import { checkEverywhere, expectSafeJob } from './surfaces';

// A link the page names (apply button, JSON-LD url, microdata, canonical, og:url) is kept only as
// an http(s) address: a saved job must never carry a script URL into the popup or an export.

function pageLinkingTo(link: string) {
  const href = escapeHtml(link);
  return {
    ld: ldJson(posting({ url: link })),
    head: `<link rel="canonical" href="${href}"><meta property="og:url" content="${href}">`,
    body: postingBody({ apply: href }),
  };
}

function microdataPageLinkingTo(link: string) {
  const body = postingBody({ apply: escapeHtml(link) })
    .replace('<main>', '<main itemscope itemtype="https://schema.org/JobPosting">')
    .replace('<a href=', '<a itemprop="url" href=');
  return { body };
}

describe('script links', () => {
  // The tab is no trick here: page text is cleaned first, so "java script:…" is a harmless path.
  it.each(BAD_LINKS)('%j as apply link and canonical address never becomes a link', async (link) => {
    const { job } = scan(hostileDoc(pageLinkingTo(link)), PAGE_URL);
    if (!job) throw new Error('no job read');
    expect(job.url).toBe(PAGE_URL.href);
    await checkEverywhere(job);
  });

  it.each(BAD_LINKS)('%j as a microdata url never becomes a link', (link) => {
    expectSafeJob(scan(hostileDoc(microdataPageLinkingTo(link)), PAGE_URL).job);
  });

  it('drops a javascript: apply link and canonical address', () => {
    const { job } = scan(hostileDoc(pageLinkingTo('javascript:alert(1)')), PAGE_URL);
    expect(job).toMatchObject({ applyUrl: null, canonicalUrl: null });
  });

  it('keeps a web address, made absolute', () => {
    const { job } = scan(hostileDoc({ ld: ldJson(posting({ url: '/jobs/1/apply' })) }), PAGE_URL);
    expect(job?.applyUrl).toBe('https://careers.example/jobs/1/apply');
  });
});
