import { wellfoundList } from '../lib/page/lists/wellfound';
import { defineListScript } from './content/list-script';

export default defineListScript(wellfoundList);
