import { greenhouse } from '../lib/sites/greenhouse';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(greenhouse);
