import { ziprecruiter } from '../lib/page/sites/ziprecruiter';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(ziprecruiter);
