import '../../lib/model/zod';
import { render } from 'preact';
import { SavedJobsApp } from '../../components/popup/SavedJobsApp';
import { mountSiteAccess } from '../../components/popup/SiteAccess';
import { openSavedJobs } from '../../lib/saved-jobs/store';
import { loadProfile, saveProfile } from '../../utils/profile-store';

const root = document.getElementById('app');
if (root)
  render(
    <SavedJobsApp openStore={openSavedJobs} loadProfile={loadProfile} saveProfile={saveProfile} />,
    root,
  );
mountSiteAccess(document.body);
