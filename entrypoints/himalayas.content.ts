import { himalayas } from '../lib/sites/himalayas';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(himalayas);
