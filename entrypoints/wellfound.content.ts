import { wellfound } from '../lib/page/sites/wellfound';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(wellfound);
