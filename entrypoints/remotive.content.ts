import { remotive } from '../lib/sites/remotive';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(remotive);
