import { leverList } from '../lib/page/lists/lever';
import { defineListScript } from './content/list-script';

export default defineListScript(leverList);
