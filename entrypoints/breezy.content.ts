import { breezy } from '../lib/page/sites/breezy';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(breezy);
