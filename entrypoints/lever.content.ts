import { lever } from '../lib/sites/lever';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(lever);
