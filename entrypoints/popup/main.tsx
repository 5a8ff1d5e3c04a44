import '../../lib/model/zod';
import { render } from 'preact';
import { SavedJobsApp } from '../../components/popup/SavedJobsApp';
import { mountSiteAccess } from '../../components/popup/SiteAccess';
import { openJobsDb } from '../../lib/saved-jobs/db';
import { loadProfile, saveProfile } from '../../utils/profile-store';

const root = document.getElementById('app');
if (root)
  render(<SavedJobsApp openDb={openJobsDb} loadProfile={loadProfile} saveProfile={saveProfile} />, root);
mountSiteAccess(document.body);
