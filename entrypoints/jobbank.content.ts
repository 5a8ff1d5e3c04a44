import { jobbank } from '../lib/page/sites/jobbank';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(jobbank);
