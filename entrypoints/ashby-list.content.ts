import { ashbyList } from '../lib/page/lists/ashby';
import { defineListScript } from './content/list-script';

export default defineListScript(ashbyList);
