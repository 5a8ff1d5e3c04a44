import { jazzhr } from '../lib/page/sites/jazzhr';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(jazzhr);
