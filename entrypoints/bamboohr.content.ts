import { bamboohr } from '../lib/page/sites/bamboohr';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(bamboohr);
