import { remoteokList } from '../lib/page/lists/remoteok';
import { defineListScript } from './content/list-script';

export default defineListScript(remoteokList);
