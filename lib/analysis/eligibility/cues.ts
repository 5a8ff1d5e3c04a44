// The words that decide what a sentence naming a place is doing. Kept together so the lexicon can
// be read and tested as one piece; each comment gives the posting phrasing it exists for.

/** Equal-opportunity boilerplate ("regardless of … national origin, citizenship") is never a rule. */
export const EEO =
  /\b(?:discriminat\w*|national origin|(?:regardless of|without regard to)\s+(?:their\s+|your\s+)?(?:race|colou?r|religion|sex|gender|age|ancestry|disability|sexual|marital|citizenship|veteran)|equal (?:employment )?opportunit\w*|protected (?:veteran|characteristic)\w*|affirmative action)\b/i;

/** Application-form questions ("Are you currently based in any of these countries:"). */
export const QUESTION = /^(?:are|do|will|would|can|could|have|is|did)\s+you\b|\?\s*$/i;

// Residence as a rule ("residents of", "Canadian residents", "must reside in"), not the noun in
// "our diverse residents" or "Toronto residents" (a city's own pages say that a lot).
const RESIDE = String.raw`reside(?:s|nce)?\s+(?:in|within|inside)|residing\s+(?:in|within)|residen(?:ts?|cy|ce)\s+(?:of|in)|(?:\w+(?:an|ish|ese|i)|US|UK|EU)\s+residen(?:ts?|cy|ce)|residency`;

// Residence and "only in" in the boards' other languages: "wohnhaft in", "du lebst in", "vous résidez
// en", "residir en", "morar no", "residenti in", "woonachtig in", "z terenu Polski", "nur in".
const RESIDE_ABROAD = String.raw`wohnhaft|wohnsitz|lebst|wohnst|wohnen in|ansässig|r[ée]sid(?:ez|ent|ant|er|ence)|domicili[ée]e?s?|resid(?:ir|es|a|entes?|encia|ência|enti|enza)|mora[mrs]? (?:em|no|na)|morar|more(?:s)? (?:em|no|na)|(?:ubicad|localizad|radicad)[oa]s? (?:en|em|no|na)|candidat[oa]s (?:de|del|da|do|em|en)|bewerb(?:ungen|er(?:innen)?) aus|kandyda(?:ci|t\w*) z|werken vanuit|woonachtig|(?:woon|wonen) (?:je )?in|zamieszka\w*|z terenu|(?:nur|uniquement|[úu]nicamente|solo|sólo|apenas|somente|alleen|tylko) (?:in|aus|en|au|aux|em|no|na|nel|nella|a|w|z)`;

// "only", "must" and "eligible" are everywhere in postings ("hiring only the best", "must have 5
// years"); they make a rule only in these shapes: "US only.", "only open to", "must be based in".
const ONLY = String.raw`(?<=[a-z]-)only|only(?=\s*(?:[.,;:!)\]]|$))|only\s+(?:apply|if|in|within|from|to|for|eligible|open|available|candidates|applicants|residents|people|located|based|hire|hiring|accept\w*|consider\w*)`;
const MUST = String.raw`must\s+(?:be\s+|currently\s+|already\s+)*(?:located|based|resid\w*|living|live|in|within|an?\s+(?:resident|citizen)|authori[sz]ed|eligible|able\s+to\s+work)`;
const ELIGIBLE = String.raw`eligible\s+(?:to\s+(?:apply|work)|for\s+(?:candidates|applicants|this\s+(?:role|position|job))|in|(?:states|provinces|countries|locations|regions)(?=\s*:))|eligibility\s*(?::|list|requirements?|criteria)|(?:states|provinces|countries) (?:where|in which) we (?:are (?:registered|able)|can|currently)`;

/** A sentence naming a place is read as a rule only with one of these. */
export const RULE = new RegExp(
  String.raw`\b(?:remote(?:ly)?|telecommut\w*|work(?:ing)? from home|wfh|home[- ]based|located|locations?|based|requires? (?:you|candidates|applicants) to (?:be|live|reside)|commut(?:e|ing|able)|${RESIDE}|liv(?:e|es|ing) (?:in|within|anywhere)|(?:can|may|could) work (?:remotely )?from|${ELIGIBLE}|open to|available (?:to|in)|(?:able|allowed) to (?:hire|employ)|can (?:only )?(?:hire|employ)|hir(?:e|es|ing) (?:in|from|across|anywhere|only|outside)|(?:candidates?|applicants?|individuals?|people|talent) (?:in|within|from|based|located|living|residing|who|outside)|${ONLY}|${MUST}|${RESIDE_ABROAD}|open voor|aperta a|anywhere|time ?zones?|authori[sz]\w*|right to work|work permits?|citizens?(?:hip)?|applications? (?:from|outside)|remot[oa]s?|qualquer lugar|cualquier lugar|t[ée]l[ée]travail|[àa] distance)\b`,
  'i',
);

/** Strong enough to keep a sentence a rule although it also mentions pay, teams or markets. */
export const STRONG = new RegExp(
  String.raw`\b(?:${ONLY}|${MUST}|${ELIGIBLE}|open to|(?:able|allowed) to (?:hire|employ)|can (?:only )?hire|restricted to|limited to|exclusively|${RESIDE}|${RESIDE_ABROAD}|need to (?:be|live)|required to (?:be|live|reside)|requires? (?:you|candidates|applicants) to (?:be|live|reside)|able to commute|commut(?:ing|able) distance)\b`,
  'i',
);

/** Words of a restriction proper; work-authorization sentences without them are a weaker claim. */
export const WHERE = new RegExp(
  String.raw`\b(?:remote(?:ly)?|located|based|${RESIDE}|liv(?:e|es|ing)|only|within|anywhere|(?:able|allowed) to hire|can (?:only )?hire|hir(?:e|es|ing) (?:in|from|across|anywhere)|open to|available to|remot[oa]s?)\b`,
  'i',
);

export const AUTHORIZATION =
  /\b(?:(?:legally )?authori[sz]ed to work|authori[sz]ation to work|work authori[sz]ation|(?:right|eligib\w*|permission|permitted|able|allowed) to work|work permits?|employment eligibility|citizens?(?:hip)?|nationals?|green card|permanent residen\w*)\b/gi;

/**
 * Pay sentences stay notes even with "only" or "located" ("for candidates located in California,
 * Colorado… the range is", "reflect the base salary only"); only a plain hiring rule overrides.
 */
export const PAY_RULE =
  /\b(?:open to (?:candidates|applicants|residents|people)|(?:able|allowed) to hire|can (?:only )?hire|must (?:be )?(?:located|based|reside|live))\b/i;

/**
 * Sentences that name places for other reasons; their places go to `notes`. "hq": offices and
 * headquarters of a remote company; "pay": salary-law lists and payment currency; "market":
 * customers and expansion; "team": where colleagues sit; "example": pay examples; "benefits": which
 * employees a perk applies to.
 */
export const NOTES: [RegExp, string][] = [
  [
    /\bif you (?:live|are (?:based|located|living)|reside|work) (?:in|from)\b|\b(?:for example|for instance)\b/i,
    'example',
  ],
  [
    /\b(?:headquarter\w*|HQ|head office|(?:we|company|startup|firm)(?: is| are|['’]re) (?:an? )?(?:[\w-]+ ){0,3}?(?:based|located|headquartered)|[\w.]+-based (?:[\w-]+ ){0,4}?(?:company|firm|startup|business|organi[sz]ation|agency|consultancy)|incorporated in|registered in|founded in)\b/i,
    'hq',
  ],
  [
    /\b(?:salary|salaries|pay(?: ranges?| scales?| transparency| rates?)?|compensation|wages?|OTE|paid (?:in|via|through)|currenc(?:y|ies)|stipend)\b/i,
    'pay',
  ],
  [
    /\b(?:customers?|clients?|users|markets?|merchants|expan(?:d|ding|sion)|launch\w*|bring(?:ing)?|serv(?:e|es|ing)|sells?|presence)\b/i,
    'market',
  ],
  [
    /\b(?:collaborat\w*|colleagues|teammates|reports? (?:directly )?to|(?:teams?|offices|employees|staff|hubs?|(?<!\b(?:for|to) )people)(?: (?:is|are|members))? (?:in|across|located|based|around|throughout|spread|distributed))\b/i,
    'team',
  ],
  [/\b(?:benefits?|perks?|insurance|401\(?k\)?|pension|holidays?|PTO|vacation)\b/i, 'benefits'],
];

/** "Our team spans time zones from UTC-8 to UTC+8": where the team works, not a window to live in. */
export const TEAM_ZONES =
  /\b(?:team|teammates|colleagues|people|we)\b[^.;]{0,40}?\b(?:spans?|spread|distributed|(?:work|live) (?:across|in))\b/i;

/** "Paid in USD", "paid in your local currency": how pay is made, never where one may live. */
export const PAID_IN =
  /\bpaid\s+(?:in|via|through)\s+(?:your\s+)?(?:local currency|[A-Z]{3}\b|(?:US |U\.S\. )?dollars|euros?|pounds)/i;

/** Always notes, even with "must": relocating or travelling to a place says where the job is, not who may apply. */
export const ALWAYS_NOTES: [RegExp, string][] = [
  [/\b(?:travel\w*|trips?|off-?sites?|retreats?|relocat\w*|conferences?|meet-?ups?|been to)\b/i, 'travel'],
  [
    /\b(?:weeks?|days?|months?) (?:of|per|a|each|every)\b.*\banywhere\b|\banywhere\b.*\b(?:weeks?|days?)\b/i,
    'perk',
  ],
];

/** Starts an exclusion that runs to the end of the clause: "Canada (excluding Quebec)", "US except CA and NY". */
export const EXCLUDE =
  /\b(?:excl|exc(?=\.)|excluding|exclude[sd]?|except(?:\s+(?:for|in))?|with the exception of|other than|but not(?!\s+(?:limited|only|necessarily|restricted|required))|apart from|not (?:available|open|eligible|possible)(?:\s+(?:to|in|for|from))?|(?:cannot|can ?not|can't|unable to|not able to|do not|don't|does not|doesn't|will not|won't|are not|aren't)\s+(?:currently\s+)?(?:hire|hiring|employ|accept|accepting|consider|considering|support|supporting)(?:\s+(?:candidates|applicants|people|anyone|talent|employees))?(?:\s+(?:who (?:live|reside|are based)\s+)?(?:in|from|based in|located in|residing in|living in))?)\b/gi;

/** Whether a sentence leaves a place out anywhere: "Excluding: Alaska, Hawaii", "not eligible for
 * employment in Alaska", "Europe (excluding Russia)". */
export const NAMES_AN_EXCLUSION = new RegExp(EXCLUDE.source, 'i');

/** A place left out in a location line's own shorthand: "Remote in Canada (not Quebec)", "Remote (US,
 * no California)". Case-sensitive: "no" then a capital, right after a bracket, comma or dash. */
export const NOT_THIS = /(?<=[(,/–—-]\s{0,2})(?:not|no)(?=\s+\p{Lu})/gu;

/** Whether a text leaves a place out, in words or in a location line's shorthand. */
export const namesAnExclusion = (s: string): boolean =>
  NAMES_AN_EXCLUSION.test(s) || [...s.matchAll(NOT_THIS)].length > 0;

/** Ends an exclusion written after the places: "Quebec excluded", "NY not eligible". */
export const EXCLUDED_AFTER =
  /\b(?:excluded|not eligible|ineligible|not included|not supported|(?:cannot|can ?not|can't|will not|won't|are not|aren't) be (?:considered|accepted|hired|employed))\b/gi;

/** "outside (of) X": a restriction to X when the sentence is negative ("we can't hire outside the US");
 * otherwise a condition ("applicants who reside outside of Toronto will need a police check"). */
export const OUTSIDE = /\b(?:outside(?:\s+(?:of|the))*|non-)/gi;
export const NEGATIVE = /\b(?:not|no|unable|cannot|can't|won't|don't|never)\b|n't\b/i;

export const PREFER =
  /\b(?:prefer(?:ence|ably|ring)?|ideally|nice to have|bonus (?:if|points)|would be a plus)\b/gi;
export const PREFERRED_AFTER = /\b(?:preferred|a plus|a bonus|an advantage|desirable)\b/gi;

/** "anywhere between San Francisco and Berlin": a span of time zones, not a list of places. */
export const BETWEEN = /\bbetween\b/gi;

/** Office words: the place after them in the same clause is where the company sits. */
export const OFFICE = /\b(?:headquarter(?:s|ed)?|HQ|head office|offices?)\b/gi;

/** A place right before these is a time zone, not a rule ("US time zones", "EST hours", "US Pacific
 * timezones", "US Eastern Time zone", "UK time"). */
export const TZ_AFTER =
  /^\s*(?:(?:Pacific|Eastern|Central|Mountain|Atlantic|Alaska|Hawaii)\b|time ?zones?|timezones?|time\b(?!\s+(?:employees?|residents?|citizens?))|(?:business |working |work |office )?hours|standard time)/i;

/** A country named as a law's, not as a place: "countries subject to US sanctions", "under UK law". */
export const LAW_AFTER =
  /^\s*(?:sanctions?|embargo(?:es)?|export controls?|laws?|regulations?|legislation)\b/i;

/** "lower 48", "contiguous US": the US without Alaska and Hawaii. */
export const LOWER48 =
  /\b(?:lower|contiguous|continental)\s+(?:48|forty[- ]eight)(?:\s+states)?\b|\b(?:contiguous|continental)\s+(?:US|USA|United States|U\.S\.)/i;

/** Clause boundaries inside a sentence: exclusions and preferences do not cross them. */
export const CLAUSE =
  /[;()[\]]|,\s*(?=(?:but|while|although|though|however|whereas|with|and (?:in|from|we|our|you|also))\b)|\s[–—]\s|\s-\s/g;

// The words for a job's place, in the languages of the boards we read: "Location", "Standort",
// "Ort", "Lieu", "Localização", "Ubicación", "Locatie", "Sede", "Địa điểm", "工作地点", "勤務地".
const PLACE_LABEL = String.raw`(?:(?:job|work|office|preferred|eligible|hiring)\s+)?(?:locations?|based in|country|countries|where|local(?:\s+de\s+trabalho)?|localiza[cç][aã]o|ubicaci[oó]n|lugar(?:\s+de\s+trabajo)?|lieu(?:\s+de\s+travail)?|localisation|standort|arbeitsort|einsatzort|dienstort|ort|locatie|werklocatie|standplaats|plaats|sede(?:\s+di\s+lavoro)?|luogo\s+di\s+lavoro|lokalizacja|miejsce\s+pracy|[đd][iị]a\s+[đd]i[eể]m(?:\s+l[aà]m\s+vi[eệ]c)?|n[oơ]i\s+l[aà]m\s+vi[eệ]c|място|местоположение|город)`;

/** A location label at the start of a line: "Location: France", "Job Location: Fully Remote (…)", "Ort: Berlin". */
export const LOCATION_LABEL = new RegExp(
  String.raw`^(?:${PLACE_LABEL}\s*[:\-–]|(?:工作地点|勤務地|上班地点|工作地址)\s*[:：]?)\s*`,
  'i',
);

/** A heading line whose next block is the location ("Location", "Local", "勤務地"). */
export const LOCATION_HEADING = new RegExp(
  String.raw`^(?:${PLACE_LABEL}|where you'll work|工作地点|勤務地)\s*[:：]?$`,
  'i',
);

// The employer's call to hire names the place of the job it opens: "the Radboud University Medical
// Center, Nijmegen (The Netherlands), is seeking a PhD student", "wir suchen in Berlin".
const HIRING_CALL = String.raw`(?:is|are|'re) (?:now )?(?:seeking|looking for|hiring|recruiting|offering an?)|we (?:seek|hire)|wir suchen|nous recherchons|on recherche|buscamos|procuramos|cerchiamo|(?:wij|we) zoeken|zoeken wij`;

// An office, or an office arrangement, in the boards' languages.
const OFFICE_PLACES = String.raw`offices?|on-?site|in-?office|hybrid|h[íi]brid[oa]|hybride|kantoor|b[üu]ro|buero|bureaux?|escrit[oó]rio|oficinas?|sede|ufficio|biuro|v[aă]n ph[oò]ng|офис|офиса`;

/** Words of an office: a province or state named beside them, with no rule word, says where the
 * office is ("3 dias no escritório (São Paulo)"), not where one must live. */
export const OFFICE_WORDS = new RegExp(
  String.raw`(?<![\p{L}])(?:${OFFICE_PLACES})(?![\p{L}])|办公室|オフィス`,
  'iu',
);

/** A body sentence gives a job site only with one of these ("based out of the Burbank office",
 * "Ons kantoor staat in Amsterdam", "Arbeitsort ist Köln", "2 Tage pro Woche in unserem Büro"). */
export const SITE_WORDS = new RegExp(
  String.raw`(?<![\p{L}])(?:locations?|located|based|workplace|worksite|standort|arbeitsort|arbeitsplatz|arbeitsumfeld|einsatzort|dienstort|locaux|lieu de travail|local de trabalho|lugar de trabajo|miejsce pracy|werklocatie|n[oơ]i l[aà]m vi[eệ]c|${OFFICE_PLACES}|${HIRING_CALL})(?![\p{L}])|办公室|オフィス|勤務地|工作地点`,
  'iu',
);

/** Words that mark a job as done remotely. */
export const REMOTE_WORD =
  /\b(?:remote(?:ly)?|telecommut\w*|work(?:ing)? from home|wfh|home[- ]based|distributed|remot[oa]s?|t[ée]l[ée]travail|[àa] distance|homeoffice)\b/i;

/** The job's own words that anyone may apply: "open to applicants in all timezones", "Remote (Worldwide)". */
export const WORLDWIDE_STRONG =
  /\b(?:open|available|hiring)\s+(?:worldwide|globally)\b|\bconsider(?:ing)?\s+(?:candidates|applicants|applications)\s+(?:from\s+)?(?:worldwide|globally|anywhere)\b|\b(?:open|available)\s+to\s+(?:remote\s+)?(?:(?:candidates|applicants|people|talent|anyone|everyone)\s+)?(?:(?:from|in|based|located|living)\s+)*(?:anywhere(?:\s+in\s+the\s+world)?|all\s+(?:countries|locations|time\s?zones)|any\s+(?:country|location|time\s?zone)|(?:around|across)\s+the\s+(?:world|globe)|worldwide|the\s+(?:whole|entire)\s+world)\b|\b(?:can|may|to)\s+(?:work|live|be based|be located|reside)\s+(?:remotely\s+)?(?:from\s+)?anywhere\s+in\s+the\s+world\b|\b(?:remote|location)\s*[:(\-–]\s*(?:worldwide|anywhere|global)\b|\bremote\s*[,(\-–]?\s*(?:worldwide|anywhere in the world)\b/i;

/** Company-level or perk-like wording: worldwide only when nothing else is said. */
export const WORLDWIDE_WEAK =
  /\bflexible (?:on|about|with|regarding) (?:the |your )?location\b|\bwork(?:ing)?\s+(?:remotely\s+)?from\s+(?:anywhere|wherever)\b(?!\s+(?:in|within|across)\s+(?!the\s+world))|\b(?:hire|hiring|recruit\w*)\s+(?:from\s+)?(?:anywhere|everywhere|worldwide|globally|internationally|around the world)\b|\bregardless of (?:your |their )?(?:location|where you live|country)\b|\bde qualquer lugar do mundo\b|\bdesde cualquier lugar del mundo\b/i;

/** A location field that is nothing but a worldwide word ("Worldwide", "Remote - Anywhere"). */
export const WORLDWIDE_FIELD =
  /^\W*(?:(?:100%\s+|fully\s+)?remote\W*)?(?:worldwide|world\s?wide|anywhere(?: in the world)?|global(?:ly)?|international|any location|任意|不限|全球)\W*(?:remote)?\W*(?:\([^)]*\b(?:prefer\w*|ideally|time ?zones?|overlap\w*)\b[^)]*\)\W*|(?:[(,]\s*)?(?:non-?|excluding |excl\.? |except |outside (?:of )?)[^)]*\)?\W*)?$/i;

/** A worldwide field that leaves places out: "Global Remote (Non-US)", "Anywhere (excluding India)",
 * "Remote (Global, excl. US)". */
export const LEAVES_OUT = /(?:^|[(,\s])(?:non-|excluding |excl\.? |except |outside )/i;

/**
 * Employment regimes that exist under one country's law: a hire "CLT" (Brazil's labour code) or as
 * "PJ" (a Brazilian company contract), or "W-2" (a US employee), is a hire in that country, whatever
 * a location badge says ("Remote (anywhere on the globe)").
 */
export const EMPLOYMENT_REGIMES: [RegExp, string][] = [
  [
    /(?<![\p{L}])CLT(?![\p{L}])|\b(?:regime|contrata[çc][ãa]o|modelo|modalidade)\s+(?:de\s+)?(?:contrata[çc][ãa]o\s+)?(?:via\s+)?PJ\b/u,
    'BR',
  ],
  [
    /\bW-?2\s+(?:only|employees?|employment|positions?|roles?|basis|candidates|contract)\b|\b(?:on|as an?|via)\s+W-?2\b/i,
    'US',
  ],
];
