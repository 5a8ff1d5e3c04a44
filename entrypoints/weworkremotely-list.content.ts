import { weworkremotelyList } from '../lib/page/lists/weworkremotely';
import { defineListScript } from './content/list-script';

export default defineListScript(weworkremotelyList);
