import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** The fake browser as Chrome's build declares the optional permissions, granting them while
 * `granted()` says so (the fake implements no permissions API of its own). */
export function fakeOptionalPermissions(granted: () => boolean): void {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Jobsight',
    version: '1',
    optional_permissions: ['alarms', 'notifications', 'downloads'],
  });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => granted());
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => granted());
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
}
