import { ashby } from '../lib/page/sites/ashby';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(ashby);
