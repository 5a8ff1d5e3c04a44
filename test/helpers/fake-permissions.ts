import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** The fake browser as Chrome's build declares the optional permissions, granting each one while
 * `granted(permission)` says so (the fake implements no permissions API of its own). */
export function fakeOptionalPermissions(granted: (permission: string) => boolean): void {
  const all = async ({ permissions = [] }: { permissions?: string[] }) => permissions.every(granted);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Jobsight',
    version: '1',
    optional_permissions: ['alarms', 'notifications', 'downloads'],
  });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(all);
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(all);
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
}
