import type { Field } from '../model/types';
import { findMentions } from './eligibility/places';

// Sentences that name the employer ("where Acme is able to hire", "Join Acme", "At Acme, we…").
// Read in the background, over the posting's body, when the page itself gave no employer.
const NAME = String.raw`((?:\p{Lu}[\p{L}\p{N}&.'’-]*)(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,3})`;
const phrase = (source: string): RegExp => new RegExp(source.replace('NAME', NAME), 'u');
// A sentence that opens by saying what the employer is: "Acme is a small, profitable startup".
const KIND_OF_EMPLOYER = String.raw`(?:[\p{L}-]+,? ){0,6}?`;
// A heading or line opening with a registered name and a colon: "HebRech & Co. KG: Full Stack
// Developer", "Nordlicht GmbH: Wir suchen …". The legal form says it is an employer.
const LEGAL_FORM = String.raw`(?:GmbH(?: & Co\. KG)?|Co\. KG|KG|AG|SE|e\. ?V\.|Inc\.?|Ltd\.?|LLC|plc|S\.A\.|S\.L\.|B\.V\.|N\.V\.|SAS|SARL|S\.r\.l\.|S\.p\.A\.|Sp\. z o\.o\.|Pty Ltd|Oy|AB|AS|ApS)`;
const REGISTERED_HEAD = new RegExp(
  String.raw`^((?:\p{Lu}[\p{L}\p{N}.'’-]*|&)(?: (?:\p{Lu}[\p{L}\p{N}.'’-]*|&|und|and|de|der|et)){0,5} ${LEGAL_FORM})\s*:\s`,
  'u',
);

// What an employer says it is, as the last word of "Acme is a small, profitable startup"; German
// and Dutch write compounds ("Familienunternehmen", "softwarebedrijf"), so a word may end with one.
const EMPLOYER_NOUN = {
  en: 'company|startup|start-up|scale-?up|business|firm|agency|organi[sz]ation|studio|consultancy|platform|marketplace|provider|leader|manufacturer|maker|bank|retailer|non-?profit|charity|foundation|cooperative|collective|team|group|employer|publisher|network|brand',
  de: String.raw`[\p{L}-]*(?:[Uu]nternehmen|[Ss]tart-?up|[Ff]irma|[Aa]gentur|[Aa]nbieter|[Ss]oftwarehaus|[Vv]erein|[Ss]tiftung|[Oo]rganisation|[Dd]ienstleister|[Hh]ersteller)`,
  fr: String.raw`entreprise|start-?up|soci[ée]t[ée]|agence|plateforme|association|scale-?up|PME|ESN|cabinet`,
  es: String.raw`empresa|compañía|startup|consultora|plataforma|organizaci[óo]n|agencia|fundaci[óo]n`,
  pt: String.raw`empresa|companhia|startup|consultoria|plataforma|organiza[çc][ãa]o|ag[êe]ncia`,
  nl: String.raw`[\p{L}-]*(?:bedrijf|organisatie|bureau|startup|scale-?up)`,
  it: String.raw`azienda|societ[àa]|startup|realt[àa]|agenzia`,
};
const isA = (verb: string, nouns: string): string =>
  String.raw`(?:^|[.!?] )(?:(?:Die|Der|Das|A|O|La|Le|El|De|Het) )?NAME ${verb} ${KIND_OF_EMPLOYER}(?:${nouns})(?![\p{L}])`;

const COMPANY_PHRASES: RegExp[] = [
  REGISTERED_HEAD,
  phrase(String.raw`\bwhere NAME (?:is able to|can) hire\b`),
  phrase(String.raw`\bNAME (?:is|are) (?:hiring|looking for|seeking|recruiting|growing|expanding)\b`),
  phrase(String.raw`\b[Jj]oin NAME(?: as|,|!|\.| and| to| in)`),
  phrase(String.raw`^At NAME,? (?:we|our)\b`),
  phrase(isA('is an?', EMPLOYER_NOUN.en)),
  phrase(String.raw`^Founded in \d{4}, NAME is\b`),
  phrase(String.raw`(?:^|[.!?] )NAME was founded in\b`),
  phrase(String.raw`(?:^|[.!?] )NAME \((?:YC|Y Combinator)\b[^)]*\) is\b`),
  phrase(String.raw`(?:^|[.!?] )NAME['’]s (?:mission|vision|purpose)\b`),
  phrase(isA('ist eine?', EMPLOYER_NOUN.de)),
  phrase(
    String.raw`^Bei NAME (?:arbeitest|entwickelst|gestaltest|bist|arbeiten|entwickeln|bauen|gestalten|suchen)\b`,
  ),
  phrase(String.raw`\b(?:Werde Teil von|Verstärke) NAME\b`),
  phrase(isA('est une?', EMPLOYER_NOUN.fr)),
  phrase(String.raw`^Chez NAME, `),
  phrase(String.raw`\bRejoigne[zs] NAME\b`),
  phrase(isA('es una?', EMPLOYER_NOUN.es)),
  phrase(String.raw`^En NAME, (?:buscamos|somos|creemos|trabajamos|nos)\b`),
  phrase(String.raw`(?<![\p{L}])(?:Únete|Súmate) a NAME\b`),
  phrase(isA('é uma?', EMPLOYER_NOUN.pt)),
  phrase(String.raw`^N[ao] NAME, (?:buscamos|somos|acreditamos|trabalhamos|nós)\b`),
  phrase(String.raw`\b(?:fazer parte d[ao]|Junte-se à|Junte-se ao) NAME\b`),
  phrase(isA('is een', EMPLOYER_NOUN.nl)),
  phrase(String.raw`^Bij NAME (?:bouwen|werken|maken|ontwikkelen|geloven|zijn|helpen)\b`),
  phrase(isA('è una?', EMPLOYER_NOUN.it)),
  phrase(String.raw`\bUnisciti a NAME\b`),
];

// Sentence openers that the name pattern takes for a name.
const NOT_COMPANY =
  /^(?:We|Our|The|This|That|These|It|There|Here|You|Us|A|An|Each|Every)(?: (?:Team|Company|Client|Business|Firm))?$/;
// A team inside the employer: "Engineering is growing fast".
const DEPARTMENT =
  /^(?:Engineering|Product|Design|Marketing|Sales|Finance|Operations|Support|Data|Growth|Security|Platform|Infrastructure|Research|People|Legal|Customer Success|HR)(?: Team)?$/;

// A heading "About Acme", in the boards' languages; "About us", "About the role" name no one.
const ABOUT_HEADING =
  /^(?:about|sobre(?: a| o)?|über|à propos de|a propos de|acerca de|om|over|chi è|o firmie)\s+([\p{L}\p{N}][\p{L}\p{N}&.'’-]*(?: [\p{L}\p{N}&.'’-]+){0,3})\s*:?$/iu;
const NOT_ABOUT =
  /^(?:us|you|yourself|me|the\b.*|this\b.*|our\b.*|your\b.*|nós|nos|você|vocês|a vaga|o time|a empresa|uns|dich|euch|nous|vous|le poste|l.entreprise|la empresa|el puesto|nosotros|ons|jou|de\b.*|het\b.*|la\b.*|le\b.*|a\b.*|o\b.*|el\b.*|die\b.*|der\b.*|das\b.*|role|team|job|position|company|benefits?|perks|compensation|salary|vaga|empresa|oportunidade|posição|cargo|time|equipe|puesto|equipo|stelle|unternehmen|poste|entreprise|équipe|rol|ruolo|azienda)$/iu;

/** "Sobre a ília", "About Kelpware": a heading naming the employer, when the page names it again. */
function aboutHeading(texts: readonly string[]): Field<string> | undefined {
  for (const text of texts) {
    if (text.length > 60) continue;
    const name = ABOUT_HEADING.exec(text.trim())?.[1];
    if (!name || NOT_ABOUT.test(name)) continue;
    const again = texts.some((t) => t !== text && t.includes(name));
    if (again) return { value: name, source: 'text', evidence: text.trim() };
  }
  return undefined;
}

/** The employer as the posting's prose names it. */
export function companyInText(texts: readonly string[]): Field<string> | undefined {
  return phraseNaming(texts) ?? aboutHeading(texts);
}

function phraseNaming(texts: readonly string[]): Field<string> | undefined {
  for (const text of texts) {
    for (const re of COMPANY_PHRASES) {
      const m = re.exec(text);
      const name = m?.[1];
      if (name && !NOT_COMPANY.test(name) && !DEPARTMENT.test(name) && !namesAPlace(name))
        return {
          value: name,
          source: 'text',
          evidence: sentenceAround(text, m.index + m[0].indexOf(name)),
        };
    }
  }
  return undefined;
}

/** "En Madrid, trabajamos…": a place, where an employer's name would stand. */
function namesAPlace(name: string): boolean {
  return findMentions(name, { towns: true }).some((m) => m.start === 0 && m.end === name.length);
}

function sentenceAround(s: string, at: number): string {
  const start = Math.max(s.lastIndexOf('. ', at) + 2, 0);
  const end = s.indexOf('. ', at);
  return s.slice(start === 1 ? 0 : start, end < 0 ? undefined : end + 1).trim();
}
