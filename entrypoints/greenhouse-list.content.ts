import { greenhouseList } from '../lib/page/lists/greenhouse';
import { defineListScript } from './content/list-script';

export default defineListScript(greenhouseList);
