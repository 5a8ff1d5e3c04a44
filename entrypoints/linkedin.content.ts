import { linkedin } from '../lib/page/sites/linkedin';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(linkedin);
