import { indeedList } from '../lib/page/lists/indeed';
import { defineListScript } from './content/list-script';

export default defineListScript(indeedList);
