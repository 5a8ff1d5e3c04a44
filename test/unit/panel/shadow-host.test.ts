import { describe, expect, it, vi } from 'vitest';
import { createShadowPanel } from '../../../lib/panel/shadow-host';
import { hasType } from '../../../lib/model/has-type';

describe('the panel host', () => {
  it('keeps our styles and container inside an open shadow root, outside the page', () => {
    const { host, container } = createShadowPanel(document, 'jobsight-panel', '.js-frame { color: red }');
    const shadow = host.shadowRoot;
    expect(host.tagName).toBe('JOBSIGHT-PANEL');
    expect(shadow?.contains(container)).toBe(true);
    expect(shadow?.querySelector('style')?.textContent).toContain('.js-frame { color: red }');
    expect(shadow?.querySelector('style')?.textContent).toContain('all: initial');
    expect(host.isConnected).toBe(false); // the caller decides where it goes
  });

  it.each(['keydown', 'keyup', 'keypress'])('keeps %s typed in the panel from the page', (type) => {
    const { host, container } = createShadowPanel(document, 'jobsight-panel', '');
    document.body.append(host);
    const pageListener = vi.fn();
    document.addEventListener(type, pageListener);
    const button = container.appendChild(document.createElement('button'));
    button.dispatchEvent(new KeyboardEvent(type, { key: 'j', bubbles: true, composed: true }));
    document.removeEventListener(type, pageListener);
    host.remove();
    expect(pageListener).not.toHaveBeenCalled();
  });

  it('lets clicks through (the page may close its own menus on them)', () => {
    const { host, container } = createShadowPanel(document, 'jobsight-panel', '');
    document.body.append(host);
    const pageListener = vi.fn();
    document.addEventListener('click', pageListener);
    container.appendChild(document.createElement('button')).click();
    document.removeEventListener('click', pageListener);
    host.remove();
    expect(pageListener).toHaveBeenCalledOnce();
  });
});

describe('messages the content script reads by hand', () => {
  it.each<[unknown, boolean]>([
    [{ type: 'save-current' }, true],
    [{ type: 'save-current', extra: 1 }, true],
    [{ type: 'save-job' }, false],
    [{}, false],
    [null, false],
    ['save-current', false],
    [[{ type: 'save-current' }], false],
  ])("hasType(%j, 'save-current') is %s", (message, want) => {
    expect(hasType(message, 'save-current')).toBe(want);
  });
});
