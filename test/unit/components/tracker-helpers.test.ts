import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from '../../../components/tracker/route';
import { rowWindow, scrollToShow } from '../../../components/tracker/virtual';

describe('the tracker route', () => {
  it.each<[string, Route]>([
    ['', { view: 'table' }],
    ['#/table', { view: 'table' }],
    ['#/board', { view: 'board' }],
    ['#/progress', { view: 'progress' }],
    ['#/nowhere', { view: 'table' }],
    [
      '#/job/url%3Ahttps%3A%2F%2Fboards.example%2Fjobs%2F1',
      { view: 'job', id: 'url:https://boards.example/jobs/1' },
    ],
    ['#/job/%E0%A4%A', { view: 'table' }],
    ['#/job/', { view: 'table' }],
  ])('%s', (hash, route) => expect(parseRoute(hash)).toEqual(route));

  it('writes what it reads', () => {
    const route: Route = { view: 'job', id: 'ats:lever:abc/def#1' };
    expect(parseRoute(hrefOf(route))).toEqual(route);
  });
});

describe('the virtual window of rows', () => {
  it.each([
    ['at the top', 0, 360, 100, { start: 0, end: 19 }],
    ['scrolled', 3600, 360, 100, { start: 92, end: 100 }],
    ['in the middle', 1800, 360, 100, { start: 42, end: 69 }],
    ['fewer rows than fit', 0, 360, 5, { start: 0, end: 5 }],
    ['no rows', 0, 360, 0, { start: 0, end: 0 }],
  ])('%s', (_, scrollTop, viewport, count, want) => {
    expect(rowWindow(scrollTop, viewport, 36, count)).toEqual(want);
  });

  it.each([
    ['already in view', 5, 0, 0],
    ['below the view', 20, 0, 20 * 36 + 36 - 360],
    ['above the view', 2, 500, 72],
  ])('scrolls as little as it can: %s', (_, index, scrollTop, want) => {
    expect(scrollToShow(index, scrollTop, 360, 36)).toBe(want);
  });
});
