import { workdayList } from '../lib/page/lists/workday';
import { defineListScript } from './content/list-script';

export default defineListScript(workdayList);
