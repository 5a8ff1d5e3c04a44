import { indeed } from '../lib/page/sites/indeed';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(indeed);
