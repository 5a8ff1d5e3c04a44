import { describe, expect, it } from 'vitest';
import { linksToWeb, webUrl } from '../../../lib/text/web-url';

const BASE = 'https://boards.example/acme/jobs/1';

describe('links read from a page', () => {
  it.each<[string, string | undefined]>([
    ['https://acme.example/apply', 'https://acme.example/apply'],
    ['/acme/jobs/1/apply', 'https://boards.example/acme/jobs/1/apply'],
    ['apply', 'https://boards.example/acme/jobs/apply'],
    ['javascript:alert(1)', undefined],
    [' JavaScript:alert(1)', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['mailto:jobs@acme.example', undefined],
    ['http://[bad', undefined],
  ])('webUrl(%j) is %j', (href, want) => {
    expect(webUrl(href, BASE)).toBe(want);
  });

  it.each<[string, boolean]>([
    ['https://acme.example/apply', true],
    ['HTTP://acme.example/apply', true],
    ['/apply', true],
    ['apply?ref=board', true],
    ['javascript:alert(1)', false],
    ['  vbscript:msgbox', false],
    ['data:text/html,x', false],
  ])('linksToWeb(%j) is %s', (href, want) => {
    expect(linksToWeb(href)).toBe(want);
  });
});
