import { workable } from '../lib/sites/workable';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(workable);
