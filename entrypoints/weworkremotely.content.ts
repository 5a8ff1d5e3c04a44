import { weworkremotely } from '../lib/sites/weworkremotely';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(weworkremotely);
