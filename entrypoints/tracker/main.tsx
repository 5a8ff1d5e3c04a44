import '../../lib/model/zod';
import { render } from 'preact';
import { TrackerApp } from '../../components/tracker/TrackerApp';
import { PAGE_SIZE } from '../../lib/saved-jobs/query';
import { openSavedJobs, withNewestRead } from '../../lib/saved-jobs/store';
import { loadProfile } from '../../utils/profile-store';
import { trackerServices } from '../../utils/tracker-services';

// When the page's code has loaded and run: the bench splits the first rows' time at it.
performance.mark('jobsight:script');

// The database, its newest jobs and the profile are asked for now, not from the first render's
// effects (which run only after that render is painted): the first rows come a frame sooner.
const store = openSavedJobs().then((opened) => withNewestRead(opened, PAGE_SIZE));
const profile = loadProfile();

const root = document.getElementById('app');
if (root)
  render(
    <TrackerApp openStore={() => store} loadProfile={() => profile} services={trackerServices()} />,
    root,
  );
