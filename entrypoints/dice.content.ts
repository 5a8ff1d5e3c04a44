import { dice } from '../lib/page/sites/dice';
import { defineSiteScript } from './content/site-script';

export default defineSiteScript(dice);
