import '../../lib/model/zod';
import { render } from 'preact';
import { TrackerApp } from '../../components/tracker/TrackerApp';
import { openSavedJobs } from '../../lib/saved-jobs/store';
import { loadProfile } from '../../utils/profile-store';
import { trackerServices } from '../../utils/tracker-services';

// When the page's code has loaded and run: the bench splits the first rows' time at it.
performance.mark('jobsight:script');

const root = document.getElementById('app');
if (root)
  render(
    <TrackerApp openStore={openSavedJobs} loadProfile={loadProfile} services={trackerServices()} />,
    root,
  );
