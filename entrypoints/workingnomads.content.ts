import { workingnomads } from '../lib/page/sites/workingnomads';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(workingnomads);
