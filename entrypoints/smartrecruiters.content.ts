import { smartrecruiters } from '../lib/page/sites/smartrecruiters';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(smartrecruiters);
