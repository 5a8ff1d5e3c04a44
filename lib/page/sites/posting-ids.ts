import { ashbyPostingId } from './ashby';
import { greenhousePostingId } from './greenhouse';
import { indeedPostingId } from './indeed';
import { leverPostingId } from './lever';
import { linkedinPostingId } from './linkedin';
import { wellfoundPostingId } from './wellfound';
import { workablePostingId } from './workable';
import { workdayPostingId } from './workday';
import { smartrecruitersPostingId } from './smartrecruiters';
import { teamtailorPostingId } from './teamtailor';
import { recruiteePostingId } from './recruitee';
import { personioPostingId } from './personio';
import { bamboohrPostingId } from './bamboohr';
import { breezyPostingId } from './breezy';
import { jazzhrPostingId } from './jazzhr';
import { jobvitePostingId } from './jobvite';
import { icimsPostingId } from './icims';
import { dicePostingId } from './dice';
import { simplyhiredPostingId } from './simplyhired';
import { ziprecruiterPostingId } from './ziprecruiter';
import { glassdoorPostingId } from './glassdoor';
import { seekPostingId } from './seek';
import { stepstonePostingId } from './stepstone';
import { welcometothejunglePostingId } from './welcometothejungle';

// The boards' posting ids, for saved jobs to recognise one posting wherever it is seen
// (lib/saved-jobs/ats.ts): the id an address names, from its page, an Apply link or a company site
// that embeds it (`?gh_jid=`). Each board's reader lives in its adapter's file; only the readers are
// imported here, so neither the content scripts (which never need them) nor the popup carries the
// other's code.

export type PostingIdReader = (url: URL) => string | undefined;

/** Adapter id → its reader, in the order they are tried. */
export const POSTING_IDS: readonly (readonly [site: string, read: PostingIdReader])[] = [
  ['greenhouse', greenhousePostingId],
  ['lever', leverPostingId],
  ['ashby', ashbyPostingId],
  ['workable', workablePostingId],
  ['workday', workdayPostingId],
  ['smartrecruiters', smartrecruitersPostingId],
  ['teamtailor', teamtailorPostingId],
  ['recruitee', recruiteePostingId],
  ['personio', personioPostingId],
  ['bamboohr', bamboohrPostingId],
  ['breezy', breezyPostingId],
  ['jazzhr', jazzhrPostingId],
  ['jobvite', jobvitePostingId],
  ['icims', icimsPostingId],
  ['dice', dicePostingId],
  ['simplyhired', simplyhiredPostingId],
  ['ziprecruiter', ziprecruiterPostingId],
  ['glassdoor', glassdoorPostingId],
  ['seek', seekPostingId],
  ['stepstone', stepstonePostingId],
  ['welcometothejungle', welcometothejunglePostingId],
  ['linkedin', linkedinPostingId],
  ['indeed', indeedPostingId],
  ['wellfound', wellfoundPostingId],
];
