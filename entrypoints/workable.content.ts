import { workable } from '../lib/page/sites/workable';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(workable);
