// schema.org JSON-LD as the web really writes it: several blocks, @graph, arrays, @type as an
// array or full IRI, the posting under mainEntity, and JSON that a strict parser refuses.

import { isObject, type JsonObject } from '../../model/json';

/** Make the common kinds of broken JSON parseable: raw newlines in strings, trailing commas, and a
 * script's bare `undefined` values (read as null). */
export function repairJson(raw: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] as string;
    if (inString) {
      if (ch === '\\') {
        out += ch + (raw[i + 1] ?? '');
        i++;
      } else if (ch === '"') {
        inString = false;
        out += ch;
      } else if (ch === '\n' || ch === '\r' || ch === '\t') {
        out += ch === '\t' ? '\\t' : '\\n';
      } else out += ch;
      continue;
    }
    if (ch === '"') inString = true;
    if (ch === ',' && closesNext(raw, i + 1)) continue;
    if (raw.startsWith('undefined', i) && !/\w/.test(raw[i - 1] ?? '')) {
      out += 'null';
      i += 8;
      continue;
    }
    out += ch;
  }
  return out;
}

/** True when only white space stands between `from` and a closing bracket. */
function closesNext(raw: string, from: number): boolean {
  let j = from;
  while (j < raw.length && /\s/.test(raw[j] as string)) j++;
  return raw[j] === '}' || raw[j] === ']';
}

function stripWrapper(text: string): string {
  return text
    .trim()
    .replace(/^<!\[CDATA\[/, '')
    .replace(/\]\]>$/, '')
    .replace(/^\/\*[\s\S]*?\*\//, '')
    .replace(/;\s*$/, '')
    .trim();
}

export function parseJsonLoose(text: string): unknown {
  const body = stripWrapper(text);
  if (!body) return null;
  try {
    return JSON.parse(body);
  } catch {
    try {
      return JSON.parse(repairJson(body));
    } catch {
      return null;
    }
  }
}

function typeNames(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#]/, ''));
}

export function hasType(node: JsonObject, name: string): boolean {
  return typeNames(node).some((t) => t.toLowerCase() === name.toLowerCase());
}

/** Every object reachable through arrays, @graph, mainEntity and itemListElement (bounded). */
export function walkNodes(root: unknown, limit = 5000): JsonObject[] {
  const found: JsonObject[] = [];
  const stack: unknown[] = [root];
  while (stack.length && found.length < limit) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (isObject(v)) {
      found.push(v);
      for (const key of ['@graph', 'mainEntity', 'itemListElement', 'item', 'mainEntityOfPage']) {
        if (key in v) stack.push(v[key]);
      }
    }
  }
  return found;
}

/** The JSON-LD blocks of a document, parsed. */
export function readJsonLd(doc: Document): unknown[] {
  const scripts = doc.querySelectorAll(
    'script[type="application/ld+json" i], script[type="application/json+ld" i]',
  );
  const out: unknown[] = [];
  for (const s of Array.from(scripts)) {
    const parsed = parseJsonLoose(s.textContent ?? '');
    if (parsed !== null) out.push(parsed);
  }
  return out;
}

/**
 * Some generators capitalise schema.org properties ("Title", "HiringOrganization"). Property
 * names are camelCase by definition, so a leading capital is folded. Arrays and objects nested
 * deeper than any posting needs are dropped, so no later reader (or message) meets a hostile depth.
 */
export function camelCaseKeys(v: unknown, depth = 0): unknown {
  if (depth > 8) return typeof v === 'object' && v !== null ? undefined : v;
  if (Array.isArray(v)) return v.map((x) => camelCaseKeys(x, depth + 1));
  if (!isObject(v)) return v;
  const out: JsonObject = {};
  for (const [k, val] of Object.entries(v)) {
    const key = k.startsWith('@') ? k : k.charAt(0).toLowerCase() + k.slice(1);
    if (!(key in out)) out[key] = camelCaseKeys(val, depth + 1);
  }
  return out;
}

/** Every JobPosting node in the document's JSON-LD. */
export function findJobPostings(doc: Document): JsonObject[] {
  return readJsonLd(doc)
    .flatMap((root) => walkNodes(root))
    .filter((n) => hasType(n, 'JobPosting'))
    .map((n) => camelCaseKeys(n) as JsonObject);
}
