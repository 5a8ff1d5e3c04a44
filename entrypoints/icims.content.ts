import { icims } from '../lib/page/sites/icims';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(icims);
