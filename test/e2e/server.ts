import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const PAGES = join(import.meta.dirname, '../fixtures/pages');

// Path → fixture file. Several hosts map here (the browser resolves board hostnames to
// 127.0.0.1), so a page is served under the board URL the manifest really matches.
export const ROUTES: Record<string, string> = {
  '/jobs/data-platform-engineer': 'label-value.html',
  '/northwind/jobs/4410021': 'jsonld-posting.html',
  '/blog/remote-hiring': 'article.html',
  '/remote-engineering-jobs': 'list.html',
  '/jobs/view/111': 'spa.html',
  '/jobs/view/ingenieur-donnees-h-f-at-maree-4010999999': 'linkedin-rail.html',
  '/acme/jobs/777': 'sticky-apply.html',
  '/acme/jobs/778': 'overlays.html', // a chat launcher, and a cookie box arriving after load
  '/jobsearch/jobposting/41234567': '../sites/jobbank.html', // hourly pay with cents
  '/careers/open-roles': 'careers-embed.html', // a company page embedding its Greenhouse board
  '/embed/job_app': '../sites/greenhouse--embed.html',
  '/careers/all-roles': 'careers-board-embed.html', // a company page embedding its whole board
  '/embed/job_board': '../lists/greenhouse--embed.html',
  // List pages (chips.spec.ts)
  '/remote-dev-jobs': '../lists/remoteok.html',
  '/remote-jobs/1085003-remote-frontend-developer-quaystone': '../sites/remoteok.html', // a posting opened
  '/categories/remote-back-end-programming-jobs': '../lists/weworkremotely.html',
  '/remote-jobs/software-dev': '../lists/remotive.html', // cards found from their links
  '/careers/openings': 'careers-list.html', // a list no board describes
  '/careers/roles': 'several-roles.html', // several full postings on one page
  // Saved jobs in the popup (popup.spec.ts)
  '/acmerobotics/jobs/5120034': 'saved-greenhouse.html',
  '/job/frontend-developer-brightleaf-318877': 'saved-remotewlb.html',
  '/jobs/view/3900123456': 'saved-linkedin.html',
  '/job/backend-engineer-acme-robotics-318900': 'saved-duplicate.html',
};

// Path → fixture served as a single-page app serves it: the body arrives in a template and is drawn
// by a script well after load (Workday's job pages).
export const LATE_ROUTES: Record<string, string> = {
  '/en-US/MapleRidge_Careers/job/Toronto-ON/Senior-Data-Engineer_R10482': '../sites/workday.html',
};

const DRAW_LATE = `<script>
addEventListener('load', () => setTimeout(() => {
  document.body.append(document.getElementById('app').content.cloneNode(true));
}, 800));
</script>`;

/** The page with its body held back in a template until well after load. */
export function drawnLate(html: string): string {
  return html.replace(
    /<body>([\s\S]*)<\/body>/,
    (_m, body: string) => `<body><template id="app">${body}</template>${DRAW_LATE}</body>`,
  );
}

export interface FixtureServer {
  port: number;
  /** Every request the server saw, as host + path. */
  requests: string[];
  /** From now on serve `path` changed by `edit` (a posting edited since it was saved); null: as is. */
  edit(path: string, edit: ((html: string) => string) | null): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  const edits = new Map<string, (html: string) => string>();
  const server: Server = createServer((req, res) => {
    requests.push(`${req.headers.host ?? ''}${req.url ?? ''}`);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const late = LATE_ROUTES[path];
    const file = late ?? ROUTES[path];
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    readFile(join(PAGES, file), 'utf8')
      .then((file) => {
        const body = edits.get(path)?.(file) ?? file;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(late ? drawnLate(body) : body);
      })
      .catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    requests,
    edit: (path, edit) => void (edit ? edits.set(path, edit) : edits.delete(path)),
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** A company careers site no built-in adapter covers: Jobsight runs there only once enabled. */
export const OPT_IN_HOST = 'careers.northwind.example';

/** Board hostnames our fixture pages are served under. */
export const HOSTS = [
  'www.remotewlb.com',
  'boards.greenhouse.io',
  'www.linkedin.com',
  'fr.linkedin.com',
  'www.jobbank.gc.ca',
  'mapleridge.wd3.myworkdayjobs.com',
  'www.saltmarsh.example',
  'remoteok.com',
  'weworkremotely.com',
  'remotive.com',
  OPT_IN_HOST,
];
