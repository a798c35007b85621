import { NAME_COLLATOR } from './formats';

/**
 * Keys a database can sort and search names by, so that a page of names comes out in the order
 * `compareNames` gives (docs/architecture.md, "Languages"). A database compares strings by their
 * bytes (SQLite's BINARY, PostgreSQL's "C"), not by pinyin; the sort key is plain ASCII that
 * compares byte by byte as the collator compares the names.
 *
 * The key is the name's characters one by one, each as a tagged, self-delimiting piece:
 *   `1` + 5 hex digits   a space, punctuation mark or symbol (they come first, as in the collator)
 *   `2` + length + digits a run of digits, compared as a number (the collator is `numeric`)
 *   `3` + 3 base-36 digits a CJK ideograph: its rank in the collator's own order of every
 *                          ideograph of the basic and extension-A blocks (pinyin, then the
 *                          collator's order among characters read alike)
 *   `4` + a letter         a Latin letter without case or accents (the collator's `base` strength)
 *   `5` + 5 hex digits     any other character, by code point, after all of the above
 * Names equal under the key are equal to the collator too; a query orders them by id.
 */

const IDEOGRAPH_BLOCKS: readonly (readonly [number, number])[] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
];

let ideographRanks: Map<string, number> | undefined;

/** Every ideograph of the blocks with its rank in the collator's order (built once, on first use). */
function ranks(): Map<string, number> {
  if (ideographRanks !== undefined) return ideographRanks;
  const ideographs: string[] = [];
  for (const [first, last] of IDEOGRAPH_BLOCKS) {
    for (let code = first; code <= last; code++) ideographs.push(String.fromCharCode(code));
  }
  ideographs.sort(NAME_COLLATOR.compare);
  const built = new Map<string, number>();
  let rank = 0;
  ideographs.forEach((ideograph, index) => {
    const previous = ideographs[index - 1];
    if (previous !== undefined && NAME_COLLATOR.compare(previous, ideograph) !== 0) rank++;
    built.set(ideograph, rank);
  });
  ideographRanks = built;
  return built;
}

const hex = (code: number): string => code.toString(16).padStart(5, '0');
const PUNCTUATION = /^[\p{P}\p{S}\p{Z}\s]$/u;
const LETTER = /^[a-z]$/;
const DIGITS = /^[0-9]+/;
const COMBINING_MARKS = /\p{M}/gu;

/** The piece of one character that is not a digit. */
function piece(character: string): string {
  const rank = ranks().get(character);
  if (rank !== undefined) return `3${rank.toString(36).padStart(3, '0')}`;
  if (LETTER.test(character)) return `4${character}`;
  const code = character.codePointAt(0) ?? 0;
  return PUNCTUATION.test(character) ? `1${hex(code)}` : `5${hex(code)}`;
}

/** The ASCII key that sorts names byte by byte as `compareNames` does. */
export function nameSortKey(name: string): string {
  const text = name.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > 0) {
    const digits = DIGITS.exec(rest)?.[0];
    if (digits !== undefined) {
      const number = digits.replace(/^0+/, '').slice(0, 35);
      pieces.push(`2${number.length.toString(36)}${number}`);
      rest = rest.slice(digits.length);
      continue;
    }
    const character = String.fromCodePoint(rest.codePointAt(0) ?? 0);
    pieces.push(piece(character));
    rest = rest.slice(character.length);
  }
  return pieces.join('');
}

/** The form of a name that a search matches by characters, in any case. */
export const nameSearchKey = (name: string): string => name.normalize('NFC').toLowerCase();
