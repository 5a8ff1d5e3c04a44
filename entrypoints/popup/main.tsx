import '../../lib/model/zod';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SavedJobsApp } from '../../components/popup/SavedJobsApp';
import { mountSiteAccess } from '../../components/popup/SiteAccess';
import { openSavedJobs } from '../../lib/saved-jobs/store';
import { openTracker } from '../../utils/open-tracker';
import { loadProfile, saveProfile } from '../../utils/profile-store';

const root = document.getElementById('app');
if (root)
  render(
    <SavedJobsApp
      openStore={openSavedJobs}
      loadProfile={loadProfile}
      saveProfile={saveProfile}
      openSettings={() => void browser.runtime.openOptionsPage().then(() => window.close())}
      openTracker={() => void openTracker().then(() => window.close())}
    />,
    root,
  );
mountSiteAccess(document.body);
