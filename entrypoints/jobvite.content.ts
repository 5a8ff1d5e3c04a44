import { jobvite } from '../lib/page/sites/jobvite';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(jobvite);
