// Eligibility: can a person apply from where they live? `readEligibility` reads a posting into a
// record (lib/model/types.ts Eligibility); `verdictFor` answers for one person from that record alone.
export { readEligibility, type EligibilityInput } from './read';
export { verdictFor, withDataEvidence } from './verdict';
export { COUNTRY_CODES, countryName, subdivisionsOf } from '../geo';
