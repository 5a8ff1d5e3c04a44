import { linkedinList } from '../lib/page/lists/linkedin';
import { defineListScript } from './content/list-script';

export default defineListScript(linkedinList);
