import type { Field } from '../model/types';

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

const COMPANY_PHRASES: RegExp[] = [
  REGISTERED_HEAD,
  phrase(String.raw`\bwhere NAME (?:is able to|can) hire\b`),
  phrase(String.raw`\bNAME is (?:hiring|looking for|seeking)\b`),
  phrase(String.raw`\b[Jj]oin NAME(?: as|,|!|\.| and| to| in)`),
  phrase(String.raw`^At NAME,`),
  phrase(
    String.raw`(?:^|[.!?] )NAME is an? ${KIND_OF_EMPLOYER}(?:company|startup|business|firm|agency|organi[sz]ation|studio|consultancy|platform|marketplace)\b`,
  ),
  phrase(
    String.raw`(?:^|[.!?] )(?:A|O) NAME é uma? ${KIND_OF_EMPLOYER}(?:empresa|companhia|startup|consultoria|plataforma)\b`,
  ),
];

// Sentence openers that the name pattern takes for a name.
const NOT_COMPANY =
  /^(?:We|Our|The|This|That|These|It|There|Here|You|Us|A|An|Each|Every)(?: (?:Team|Company|Client|Business|Firm))?$/;

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
      if (name && !NOT_COMPANY.test(name))
        return {
          value: name,
          source: 'text',
          evidence: sentenceAround(text, m.index + m[0].indexOf(name)),
        };
    }
  }
  return undefined;
}

function sentenceAround(s: string, at: number): string {
  const start = Math.max(s.lastIndexOf('. ', at) + 2, 0);
  const end = s.indexOf('. ', at);
  return s.slice(start === 1 ? 0 : start, end < 0 ? undefined : end + 1).trim();
}
