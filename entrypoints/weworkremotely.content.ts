import { weworkremotely } from '../lib/page/sites/weworkremotely';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(weworkremotely);
