import { remoteok } from '../lib/page/sites/remoteok';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(remoteok);
