import { jobbank } from '../lib/sites/jobbank';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(jobbank);
