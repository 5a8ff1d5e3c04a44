import { workday } from '../lib/page/sites/workday';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(workday);
