import { remoteok } from '../lib/sites/remoteok';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(remoteok);
