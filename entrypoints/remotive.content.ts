import { remotive } from '../lib/page/sites/remotive';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(remotive);
