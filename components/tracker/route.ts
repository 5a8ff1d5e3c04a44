// The tracker's views live in the address's hash, so Back, a reload and a notification's link
// (tracker.html#/job/<id>) all land on the same view.

export type Route =
  { view: 'table' } | { view: 'board' } | { view: 'progress' } | { view: 'job'; id: string };

export const VIEWS = ['table', 'board', 'progress'] as const;
export type View = (typeof VIEWS)[number];

/** '#/board' → board; '#/job/<encoded id>' → that job; anything else → the table. */
export function parseRoute(hash: string): Route {
  const [, view = '', ...rest] = hash.replace(/^#/, '').split('/');
  const id = rest.join('/');
  if (view === 'job' && id) {
    try {
      return { view: 'job', id: decodeURIComponent(id) };
    } catch {
      return { view: 'table' };
    }
  }
  return view === 'board' || view === 'progress' ? { view } : { view: 'table' };
}

export function hrefOf(route: Route): string {
  return route.view === 'job' ? `#/job/${encodeURIComponent(route.id)}` : `#/${route.view}`;
}
