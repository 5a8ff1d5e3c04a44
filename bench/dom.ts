import { Window } from 'happy-dom';

// Preact renders into whatever `document` is global: in Node that is a happy-dom window, the
// same DOM the unit tests use. Absolute times are slower than a browser's; changes show.
const GLOBALS = [
  'document',
  'Node',
  'Element',
  'HTMLElement',
  'Event',
  'KeyboardEvent',
  'InputEvent',
  'SubmitEvent',
  'MutationObserver',
  // Preact runs effects after the next frame; without these it falls back to a 35 ms timer.
  'requestAnimationFrame',
  'cancelAnimationFrame',
] as const;

/** Install a fresh DOM as the globals Preact uses; returns the window. */
export function installDom(): Window {
  const window = new Window({ url: 'https://bench.invalid/' });
  const host = globalThis as Record<string, unknown>;
  host['window'] = window;
  for (const name of GLOBALS) {
    const value: unknown = window[name];
    host[name] = typeof value === 'function' && /^[a-z]/.test(name) ? value.bind(window) : value;
  }
  return window;
}
