import { JOB_NOUN } from './role-words';
import { wordMatcher } from './word-matcher';

// Role nouns beyond those every content script carries (./role-words.ts): the trades, care, food
// and service jobs that a posting's heading may name alone ("Dishwasher", "Dental Hygienist"), and
// the boards' languages in scripts that cost the most bytes (Vietnamese, Bulgarian, Russian). Only
// the background reads these (lib/analysis/confirm.ts): the content script's size budget has no
// room for them, so the page leaves a heading it cannot place to the background.
// prettier-ignore
export const MORE_ROLE_NOUNS = [
  'team leader', 'crew leader', 'shift leader', 'group leader', 'project leader', 'supervisor',
  'worker', 'attendant', 'aide', 'paralegal', 'hygienist', 'stylist', 'machinist', 'foreman',
  'janitor', 'custodian', 'lifeguard', 'baker', 'brewer', 'dishwasher', 'groundskeeper', 'crew member',
  'laborer', 'labourer', 'dentist', 'veterinarian', 'surgeon', 'pilot', 'firefighter', 'paramedic',
  'porter', 'butcher', 'florist', 'landscaper', 'painter', 'roofer', 'installer', 'assembler',
  'packer', 'merchandiser', 'dispatcher', 'estimator', 'surveyor', 'drafter', 'optician',
  'radiographer', 'sonographer', 'phlebotomist', 'midwife', 'psychologist', 'counselor',
  'counsellor', 'librarian', 'archivist', 'curator', 'photographer', 'videographer', 'animator',
  'illustrator', 'producer', 'nanny', 'concierge', 'technologist', 'clinician', 'practitioner',
  'dietitian', 'nutritionist', 'chemist', 'biologist', 'economist', 'statistician', 'actuary',
  'underwriter', 'investigator', 'caretaker', 'gardener', 'barber', 'sommelier', 'storekeeper',
  'steward', 'stewardess', 'hostess', 'busser',
  // de, fr, es, pt, it, nl
  'helfer', 'fahrer', 'pfleger', 'bäcker', 'lagerist', 'hausmeister', 'kellner', 'friseur',
  'reinigungskraft', 'employé', 'opérateur', 'préparateur', 'livreur', 'chauffeur', 'boulanger',
  'aide-soignant', 'operario', 'repartidor', 'cajero', 'mesero', 'atendente', 'operador',
  'motorista', 'repositor', 'magazziniere', 'autista', 'cameriere', 'verkoper',
  'schoonmaker', 'bezorger',
  // vi
  'lập trình viên', 'kỹ sư', 'nhân viên', 'thực tập sinh',
  // bg, ru
  // (Cyrillic plurals written out: the matcher adds only Latin ones)
  'разработчик', 'разработчики', 'инженер', 'персонал', 'менеджер', 'программист', 'програмист',
  'аналитик', 'дизайнер', 'специалист', 'бухгалтер', 'директор', 'руководитель', 'администратор',
  'оператор', 'консултант', 'консультант', 'готвач', 'готвачи', 'повар', 'сервитьор', 'официант',
  'камериерка', 'шофьор', 'водитель', 'продавач', 'продавец', 'асистент',
];

const MORE_ROLES = wordMatcher(MORE_ROLE_NOUNS, { plurals: true });

/** Every role noun, the content script's and these: what the background reads headings with. */
export const ROLE_NOUN = { test: (text: string): boolean => JOB_NOUN.test(text) || MORE_ROLES.test(text) };
