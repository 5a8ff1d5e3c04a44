import '../../lib/model/zod';
import { render } from 'preact';
import { TrackerApp } from '../../components/tracker/TrackerApp';
import { openSavedJobs } from '../../lib/saved-jobs/store';
import { loadProfile } from '../../utils/profile-store';
import { trackerServices } from '../../utils/tracker-services';

// When the page's code has loaded and run: the bench splits the first rows' time at it.
performance.mark('jobsight:script');

// The database and the profile are asked for now, not from the first render's effects (which run
// only after that render is painted): the first rows come a frame sooner.
const store = openSavedJobs();
const profile = loadProfile();

const root = document.getElementById('app');
if (root)
  render(
    <TrackerApp openStore={() => store} loadProfile={() => profile} services={trackerServices()} />,
    root,
  );
