export { STATUS_LABEL } from '../model/types';

const MAX_TAGS = 20;
const MAX_TAG_LENGTH = 40;

/** "remote, Dream job,remote " → ["remote", "Dream job"]: trimmed, no repeats (any case), bounded. */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of input.split(',')) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags.slice(0, MAX_TAGS);
}

export { VERDICT_LABEL } from '../model/types';

export const WORKPLACE_LABEL = {
  remote: 'Remote',
  hybrid: 'Hybrid',
  onsite: 'On-site',
  unknown: 'Not stated',
} as const;
