import type { ListParts } from '../sites/types';
import { ashbyList } from './ashby';
import { greenhouseList } from './greenhouse';
import { himalayasList } from './himalayas';
import { indeedList } from './indeed';
import { leverList } from './lever';
import { linkedinList } from './linkedin';
import { remoteokList } from './remoteok';
import { remotiveList } from './remotive';
import { wellfoundList } from './wellfound';
import { weworkremotelyList } from './weworkremotely';
import { workableList } from './workable';
import { workdayList } from './workday';
import { workingnomadsList } from './workingnomads';

/** Every board whose results lists get chips: one file each, kept apart from the posting adapters
 * so a board's posting script does not carry its list part (and the list script carries no reader
 * of postings). Each has its list script, entrypoints/<site>-list.content.ts. */
export const LISTS: readonly ListParts[] = [
  remoteokList,
  weworkremotelyList,
  remotiveList,
  himalayasList,
  workingnomadsList,
  wellfoundList,
  ashbyList,
  greenhouseList,
  leverList,
  workableList,
  workdayList,
  linkedinList,
  indeedList,
];
