import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { EnabledSites } from '../../../components/options/EnabledSites';
import { SiteAccess } from '../../../components/popup/SiteAccess';
import type { CurrentTab, EnabledSitesApi, TabAccessApi } from '../../../utils/site-access-api';

function mount(vnode: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(vnode, root);
  return root;
}

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !check(); i++) await settle();
  expect(check()).toBe(true);
}

function tabApi(tab: CurrentTab | null, enabled = false): TabAccessApi {
  return {
    currentTab: vi.fn(() => Promise.resolve(tab)),
    isEnabled: vi.fn(() => Promise.resolve(enabled)),
    enable: vi.fn(() => Promise.resolve(true)),
    scan: vi.fn(() => Promise.resolve()),
    bugReport: vi.fn(() => Promise.resolve({ name: 'jobsight-page-x.html', html: '<html></html>' })),
  };
}

const OTHER: CurrentTab = { id: 7, url: 'https://careers.acme.com/jobs/42', builtIn: false };

describe('SiteAccess', () => {
  it('offers to enable the site and to scan the page once', async () => {
    const api = tabApi(OTHER);
    const root = mount(<SiteAccess api={api} />);
    await until(() => root.querySelector('.site-enable') !== null);
    root.querySelector<HTMLButtonElement>('.site-enable')?.click();
    // permissions.request is called inside the click, not after an await.
    expect(api.enable).toHaveBeenCalledWith('*://careers.acme.com/*');
    await until(() => root.querySelector('.site-enabled') !== null);
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/Enabled/);

    root.querySelector<HTMLButtonElement>('.site-scan')?.click();
    expect(api.scan).toHaveBeenCalledWith(7);
    await until(() => /Scanned/.test(root.querySelector('[role="status"]')?.textContent ?? ''));
  });

  it('says a built-in board needs nothing, and still offers a bug report of the page', async () => {
    const tab = { id: 1, url: 'https://boards.greenhouse.io/a/jobs/1', builtIn: true };
    const api = tabApi(tab);
    const root = mount(<SiteAccess api={api} />);
    await until(() => root.querySelector('.site-builtin') !== null);
    expect([...root.querySelectorAll('button')].map((b) => b.className)).toEqual(['site-report']);
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    root.querySelector<HTMLButtonElement>('.site-report')?.click();
    expect(api.bugReport).toHaveBeenCalledWith(tab);
    await until(() => /Saved jobsight-page-x\.html in your downloads/.test(root.textContent ?? ''));
    expect(clicked).toHaveBeenCalledTimes(1);
    clicked.mockRestore();
  });

  it('shows an enabled site as enabled', async () => {
    const root = mount(<SiteAccess api={tabApi(OTHER, true)} />);
    await until(() => root.querySelector('.site-enabled') !== null);
    expect(root.querySelector('.site-enable')).toBeNull();
  });

  it.each([[null], [{ id: 2, url: 'chrome://extensions', builtIn: false }]])(
    'shows nothing where it cannot help: %j',
    async (tab) => {
      const api = tabApi(tab);
      const root = mount(<SiteAccess api={api} />);
      await until(() => vi.mocked(api.currentTab).mock.calls.length > 0);
      await settle();
      expect(root.innerHTML).toBe('');
    },
  );

  it('reports a page it could not read', async () => {
    const api = { ...tabApi(OTHER), scan: vi.fn(() => Promise.reject(new Error('Cannot access this page'))) };
    const root = mount(<SiteAccess api={api} />);
    await until(() => root.querySelector('.site-scan') !== null);
    root.querySelector<HTMLButtonElement>('.site-scan')?.click();
    await until(() => /Cannot access this page/.test(root.textContent ?? ''));
  });
});

function sitesApi(initial: string[]) {
  let sites = [...initial];
  const listeners = new Set<() => void>();
  const api: EnabledSitesApi = {
    list: vi.fn(() => Promise.resolve([...sites])),
    add: vi.fn((p: string) => {
      sites = [...sites, p];
      return Promise.resolve(true);
    }),
    remove: vi.fn((p: string) => {
      sites = sites.filter((s) => s !== p);
      return Promise.resolve(true);
    }),
    watch: (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
  return api;
}

const hosts = (root: HTMLElement): string[] =>
  [...root.querySelectorAll('.site-host')].map((e) => e.textContent ?? '');

describe('EnabledSites', () => {
  it('lists enabled sites and revokes one', async () => {
    const api = sitesApi(['*://careers.acme.com/*', '*://jobs.beta.example/*']);
    const root = mount(<EnabledSites api={api} />);
    await until(() => hosts(root).length === 2);
    expect(hosts(root)).toEqual(['careers.acme.com', 'jobs.beta.example']);
    root.querySelector<HTMLButtonElement>('[aria-label="Remove careers.acme.com"]')?.click();
    expect(api.remove).toHaveBeenCalledWith('*://careers.acme.com/*');
    await until(() => hosts(root).length === 1);
  });

  it('enables a typed site from the submit itself', async () => {
    const api = sitesApi([]);
    const root = mount(<EnabledSites api={api} />);
    await until(() => root.querySelector('.sites-empty') !== null);
    const input = root.querySelector<HTMLInputElement>('input[name="site"]') as HTMLInputElement;
    input.value = 'https://careers.northwind.example/jobs';
    root.querySelector<HTMLButtonElement>('.site-add button')?.click();
    expect(api.add).toHaveBeenCalledWith('*://careers.northwind.example/*');
    await until(() => hosts(root).join() === 'careers.northwind.example');
    expect(input.value).toBe('');
  });

  it('explains what it needs when the address is not one', async () => {
    const api = sitesApi([]);
    const root = mount(<EnabledSites api={api} />);
    const input = root.querySelector<HTMLInputElement>('input[name="site"]') as HTMLInputElement;
    input.value = 'not a site';
    root.querySelector<HTMLButtonElement>('.site-add button')?.click();
    expect(api.add).not.toHaveBeenCalled();
    await until(() => root.querySelector('[role="alert"]') !== null);
  });
});
