import { remotewlb } from '../lib/page/sites/remotewlb';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(remotewlb);
