import { seek } from '../lib/page/sites/seek';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(seek);
