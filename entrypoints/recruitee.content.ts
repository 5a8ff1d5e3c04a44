import { recruitee } from '../lib/page/sites/recruitee';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(recruitee);
