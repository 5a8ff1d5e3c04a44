import { weworkremotely } from '../lib/page/sites/weworkremotely';
import { defineListScript } from './content/list-script';

export default defineListScript(weworkremotely);
