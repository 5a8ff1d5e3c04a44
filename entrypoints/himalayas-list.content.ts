import { himalayasList } from '../lib/page/lists/himalayas';
import { defineListScript } from './content/list-script';

export default defineListScript(himalayasList);
