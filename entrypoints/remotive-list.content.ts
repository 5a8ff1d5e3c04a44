import { remotiveList } from '../lib/page/lists/remotive';
import { defineListScript } from './content/list-script';

export default defineListScript(remotiveList);
