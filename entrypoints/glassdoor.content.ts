import { glassdoor } from '../lib/page/sites/glassdoor';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(glassdoor);
