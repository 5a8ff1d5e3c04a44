import { himalayas } from '../lib/page/sites/himalayas';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(himalayas);
