import { indeed } from '../lib/sites/indeed';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(indeed);
