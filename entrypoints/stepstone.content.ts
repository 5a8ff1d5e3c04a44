import { stepstone } from '../lib/page/sites/stepstone';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(stepstone);
