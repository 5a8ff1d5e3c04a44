import { describe, expect, it } from 'vitest';
import { obstaclesIn } from '../../../lib/panel/obstacles';

// Hit-testing needs a layout engine: here the page answers elementsFromPoint itself.
function page(html: string, hitId: string | null) {
  document.body.innerHTML = html; // test markup of our own
  const own = document.createElement('jobsight-panel');
  document.documentElement.append(own);
  const hit = hitId ? document.getElementById(hitId) : null;
  // No layout here: every element reports the box a launcher would have.
  for (const el of document.body.querySelectorAll('*'))
    el.getBoundingClientRect = () => ({ left: 1180, top: 640, width: 64, height: 64 }) as DOMRect;
  document.elementsFromPoint = () => [own, ...(hit ? [hit] : []), document.body, document.documentElement];
  return own;
}

const CORNER = [{ left: 900, top: 400, width: 320, height: 300 }];

describe('what the panel keeps off', () => {
  it.each<[string, string, string | null, number]>([
    ['a chat launcher (fixed)', '<button id="chat" style="position: fixed">Chat</button>', 'chat', 1],
    [
      'a cookie box’s Dismiss',
      '<div style="position: fixed"><button id="ok">Dismiss</button></div>',
      'ok',
      1,
    ],
    ['a sticky footer', '<footer id="bar" style="position: sticky">Apply</footer>', 'bar', 1],
    ['a link in the text, which scrolls away', '<p><a id="link" href="/x">read more</a></p>', 'link', 0],
    ['nothing but the page', '<p id="text">Words</p>', null, 0],
  ])('%s', (_name, html, hitId, count) => {
    const own = page(html, hitId);
    expect(obstaclesIn(document, CORNER, own)).toHaveLength(count);
  });
});
