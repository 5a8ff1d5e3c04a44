import { teamtailor } from '../lib/page/sites/teamtailor';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(teamtailor);
