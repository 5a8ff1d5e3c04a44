import { welcometothejungle } from '../lib/page/sites/welcometothejungle';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(welcometothejungle);
