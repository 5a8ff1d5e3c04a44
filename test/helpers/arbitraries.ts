import fc from 'fast-check';

// Text generators for the parsers' property tests: anything at all, and words that look like pay
// or like places, so that the runs reach deep into the parsers rather than stop at "no digits".

/** A fixed seed keeps CI repeatable; change it locally to explore other inputs. */
export const RUNS = { numRuns: 300, seed: 20_260_105 };

/** UTF-16 code units one by one: lone surrogates, NUL and controls included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Any text: code points, graphemes (emoji, stacked marks) and raw code units. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: codeUnit, maxLength: 80 }),
);

/** "a|b c|d" → ['a', 'b c', 'd']: long word lists stay on a line or two. */
export const words = (spec: string): string[] => spec.split('|');

/** Words joined by spaces, or glued together as some pages glue them. */
export const phrase = (word: fc.Arbitrary<string>, maxLength = 12): fc.Arbitrary<string> =>
  fc
    .tuple(fc.array(word, { maxLength }), fc.constantFrom(' ', ' ', ''))
    .map(([words, glue]) => words.join(glue));

/** Object.prototype's names: a word list kept in a plain object must not "know" them. */
export const PROTOTYPE_WORDS = ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty'];
