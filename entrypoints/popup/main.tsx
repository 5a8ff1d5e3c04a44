import '../../lib/zod';
import { render } from 'preact';
import { SavedJobsApp } from '../../components/SavedJobsApp';
import { mountSiteAccess } from '../../components/SiteAccess';
import { openJobsDb } from '../../lib/storage/db';
import { loadProfile, saveProfile } from '../../utils/profile-store';

const root = document.getElementById('app');
if (root)
  render(<SavedJobsApp openDb={openJobsDb} loadProfile={loadProfile} saveProfile={saveProfile} />, root);
mountSiteAccess(document.body);
