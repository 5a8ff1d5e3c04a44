import { greenhouse } from '../lib/page/sites/greenhouse';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(greenhouse);
