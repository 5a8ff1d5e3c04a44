import { ashby } from '../lib/sites/ashby';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(ashby);
