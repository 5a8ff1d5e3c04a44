import { linkedin } from '../lib/sites/linkedin';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(linkedin);
