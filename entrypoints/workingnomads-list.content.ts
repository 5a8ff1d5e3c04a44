import { workingnomadsList } from '../lib/page/lists/workingnomads';
import { defineListScript } from './content/list-script';

export default defineListScript(workingnomadsList);
