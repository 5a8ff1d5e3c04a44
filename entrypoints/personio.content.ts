import { personio } from '../lib/page/sites/personio';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(personio);
