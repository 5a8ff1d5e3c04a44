import { workingnomads } from '../lib/sites/workingnomads';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(workingnomads);
