import { remoteok } from '../lib/page/sites/remoteok';
import { defineListScript } from './content/list-script';

export default defineListScript(remoteok);
