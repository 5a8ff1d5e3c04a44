import { describe, expect, it } from 'vitest';
import { visibleText } from '../../../lib/page/blocks';
import { pageDoc } from '../../helpers/pages';

const textOf = (html: string): string => visibleText(pageDoc(`<html><body>${html}</body></html>`).body);

describe('words the page keeps in separate elements are never glued', () => {
  it.each([
    ['<div>Remote (<span>United States</span><span>Canada</span>)</div>', 'Remote (United States Canada)'],
    ['<div><span>Remote</span>Canada</div>', 'Remote Canada'],
    ['<p>live in <strong>Canada</strong> or the US</p>', 'live in Canada or the US'],
    // one word set in two elements stays one word
    ['<p><b>J</b>avaScript and <i>Type</i>script</p>', 'JavaScript and Typescript'],
    ['<p>iPhone and macOS</p>', 'iPhone and macOS'],
  ])('%s → %s', (html, want) => {
    expect(textOf(html)).toBe(want);
  });
});
