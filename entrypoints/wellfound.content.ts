import { wellfound } from '../lib/sites/wellfound';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(wellfound);
