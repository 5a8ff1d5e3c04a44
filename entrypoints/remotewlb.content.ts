import { remotewlb } from '../lib/sites/remotewlb';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(remotewlb);
