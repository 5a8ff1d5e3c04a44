import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LISTS } from '../../../lib/page/lists';
import { ADAPTERS } from '../../../lib/page/sites';

// Each built-in board has its own content script carrying only its adapter (entrypoints/<id>.content.ts),
// and a board with list pages a list script (entrypoints/<id>-list.content.ts) for the chips,
// declared for exactly the adapter's match patterns.

const ENTRYPOINTS = join(import.meta.dirname, '../../../entrypoints');
const siteScripts = readdirSync(ENTRYPOINTS)
  .filter((f) => f.endsWith('.content.ts'))
  .map((f) => f.replace(/\.content\.ts$/, ''));

interface ContentScriptDefinition {
  matches?: string[];
  excludeMatches?: string[];
  registration?: string;
}

const definition = async (file: string): Promise<ContentScriptDefinition> =>
  ((await import(join(ENTRYPOINTS, file))) as { default: ContentScriptDefinition }).default;

describe('content scripts', () => {
  it.each(ADAPTERS.map((a) => [a.id, a] as const))(
    '%s has its own, for its own pages',
    async (id, adapter) => {
      expect(siteScripts).toContain(id);
      const script = await definition(`${id}.content.ts`);
      expect(script.matches).toEqual([...adapter.matches]);
      expect(script.excludeMatches).toEqual(adapter.excludes && [...adapter.excludes]);
    },
  );

  it.each(LISTS.map((l) => [l.site, l] as const))(
    '%s has a list script, for its list pages',
    async (site, list) => {
      expect(ADAPTERS.map((a) => a.id)).toContain(site);
      expect(siteScripts).toContain(`${site}-list`);
      expect((await definition(`${site}-list.content.ts`)).matches).toEqual([...list.matches]);
    },
  );

  it('has none for a site without an adapter, nor a list script without a list part', () => {
    const known = (id: string): boolean =>
      ADAPTERS.some((a) => a.id === id) ||
      LISTS.some((l) => `${l.site}-list` === id) ||
      id === 'generic-list';
    expect(siteScripts.filter((id) => !known(id))).toEqual([]);
  });

  it.each(['content/index.ts', 'generic-list.content.ts'])(
    'has a generic one that runs only where the user enables it or asks: %s',
    async (file) => {
      const generic = await definition(file);
      expect(generic.registration).toBe('runtime');
      expect(generic.matches).toEqual([]);
    },
  );
});
