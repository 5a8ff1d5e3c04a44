import { workableList } from '../lib/page/lists/workable';
import { defineListScript } from './content/list-script';

export default defineListScript(workableList);
