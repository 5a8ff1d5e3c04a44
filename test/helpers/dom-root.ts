import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/** A fresh element in the document for each test to render into, emptied and removed after it. */
export function useRoot(): () => HTMLElement {
  let root: HTMLElement | undefined;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    if (root) render(null, root);
    root?.remove();
  });
  return () => {
    if (!root) throw new Error('no root outside a test');
    return root;
  };
}
