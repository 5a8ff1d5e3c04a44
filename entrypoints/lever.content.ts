import { lever } from '../lib/page/sites/lever';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(lever);
