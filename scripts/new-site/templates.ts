// The four files of a new board (see lib/page/sites/README.md), as text. Each one works as written:
// the adapter reads the title and company of the fixture page, and the test checks that it does.

export interface NewSite {
  /** The adapter's id: lowercase letters and digits ("smartrecruiters"). */
  id: string;
  /** The board's name as users know it ("SmartRecruiters"). */
  name: string;
  /** The board's host ("jobs.smartrecruiters.com"). */
  host: string;
}

const adapter = ({ id, name, host }: NewSite): string => `import { adapterFound, textOf } from './embedded';
import type { SiteAdapter } from './types';

// ${name}: postings live at ${host}/<company>/<posting>. Describe here what you learned of the
// board's pages (the layouts, where each field sits, what is missing), with the date you looked.
export const ${id}: SiteAdapter = {
  id: '${id}',
  name: '${name}',
  matches: ['*://${host}/*'],
  // A posting's address (the list pages stay with the generic reader).
  isPosting: (url) => /^\\/[^/]+\\/[^/]+/.test(url.pathname),
  fields: {
    title: ['main h1', 'h1'],
    locationText: ['.location'],
  },
  read: (doc) => adapterFound({ company: textOf(doc, ['[data-company]', '.company']) }),
};
`;

const fixture = ({
  host,
  name,
}: NewSite): string => `<!-- url: https://${host}/northwind/42-platform-engineer -->
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Platform Engineer - Northwind Labs - ${name}</title>
  </head>
  <body>
    <main>
      <h1>Platform Engineer</h1>
      <p class="company">Northwind Labs</p>
      <p class="location">Remote - Canada</p>
      <h2>What you'll do</h2>
      <p>Run the build farm and the deploy pipeline.</p>
      <h2>Requirements</h2>
      <p>Five years of Linux in production.</p>
      <a href="/northwind/42-platform-engineer/apply">Apply now</a>
    </main>
  </body>
</html>
`;

const test = ({ id, name, host }: NewSite): string => `import { describe } from 'vitest';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';

describe('${name}', () => {
  itKnowsUrls('${id}', {
    postings: ['https://${host}/northwind/42-platform-engineer'],
    notPostings: ['https://${host}/', 'https://${host}/northwind'],
  });

  itReadsFixture('${id}.html', {
    fields: { title: 'Platform Engineer', company: 'Northwind Labs', locationText: 'Remote - Canada' },
    job: {
      title: 'Platform Engineer',
      company: 'Northwind Labs',
      locationText: 'Remote - Canada',
      workplace: 'remote',
    },
  });
});
`;

const contentScript = ({ id }: NewSite): string => `import { ${id} } from '../lib/page/sites/${id}';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(${id});
`;

/** Path (from the project root) → the file's text. */
export function newSiteFiles(site: NewSite): Record<string, string> {
  return {
    [`lib/page/sites/${site.id}.ts`]: adapter(site),
    [`test/fixtures/sites/${site.id}.html`]: fixture(site),
    [`test/unit/page/sites/${site.id}.test.ts`]: test(site),
    [`entrypoints/${site.id}.content.ts`]: contentScript(site),
  };
}

/** lib/page/sites/index.ts with the new adapter imported and listed last. */
export function registerSite(index: string, id: string): string {
  const withImport = index.replace(
    "import type { SiteAdapter } from './types';",
    `import { ${id} } from './${id}';\nimport type { SiteAdapter } from './types';`,
  );
  return withImport.replace(
    /(export const ADAPTERS: readonly SiteAdapter\[\] = \[[^\]]*?)(\n\];)/,
    `$1\n  ${id},$2`,
  );
}

export function checkSite(site: NewSite): string | null {
  if (!/^[a-z][a-z0-9]{1,30}$/.test(site.id)) return 'the id is lowercase letters and digits';
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(site.host)) return 'the host is a domain name ("jobs.example.com")';
  if (!site.name.trim() || /['\\\n]/.test(site.name)) return 'the name is plain text, without quotes';
  return null;
}
