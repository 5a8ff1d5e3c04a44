// The words for what the user's history says of a posting, one home for the chips and the panel.

const day = (ms: number): string =>
  new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });

/** The same job seen before under another id: when first. */
export const repostLine = (firstSeen: number): string => `Reposted, first seen ${day(firstSeen)}`;

/** This very posting, opened before: when last. */
export const seenLine = (lastSeen: number): string => `Seen ${day(lastSeen)}`;
