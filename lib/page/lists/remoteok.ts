import { readTags } from '../sites/remoteok';
import type { ListParts } from '../sites/types';

// Remote OK's lists: the home page and /remote-<tag>-jobs, one `tr.job` row per job (2022–2026),
// more rows as you scroll. The row's tags name its places, then its pay (an estimate ends "*").
export const remoteokList: ListParts = {
  site: 'remoteok',
  remoteBoard: 'Remote OK',
  matches: ['*://remoteok.com/', '*://remoteok.com/?*', '*://remoteok.com/remote-*-jobs*'],
  card: 'tr.job[data-id]',
  idAttribute: 'data-id',
  link: 'a[itemprop="url"], a.preventLink',
  title: ['h2[itemprop="title"]', 'h2'],
  company: ['h3[itemprop="name"]', '.companyLink h3'],
  location: ['.location'], // places, then the pay: the chip goes after the row's last tag
  read: (row) => {
    const { places, pay } = readTags(row);
    return { location: places.join('; ') || undefined, pay };
  },
};
