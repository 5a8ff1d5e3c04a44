import { simplyhired } from '../lib/page/sites/simplyhired';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(simplyhired);
