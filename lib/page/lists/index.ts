import type { ListParts } from '../sites/types';
import { ashbyList } from './ashby';
import { greenhouseList } from './greenhouse';
import { indeedList } from './indeed';
import { leverList } from './lever';
import { linkedinList } from './linkedin';
import { remoteokList } from './remoteok';
import { weworkremotelyList } from './weworkremotely';
import { workableList } from './workable';
import { workdayList } from './workday';

/** Every board whose results lists get chips: one file each, kept apart from the posting adapters
 * so a board's posting script does not carry its list part (and the list script carries no reader
 * of postings). Each has its list script, entrypoints/<site>-list.content.ts. */
export const LISTS: readonly ListParts[] = [
  remoteokList,
  weworkremotelyList,
  ashbyList,
  greenhouseList,
  leverList,
  workableList,
  workdayList,
  linkedinList,
  indeedList,
];
