import { nameSortKey } from '@dutyledger/i18n';

/**
 * The stored position of a department in the organisation chart: its `treeKey` is its parent's
 * key followed by its own chart segment (kind, name, id), so that ordering by the key lists each
 * department before the departments under it, siblings in chart order (governments before
 * working departments, then by name in pinyin order, as `compareNames` orders names), and a
 * subtree is one range of keys. Keys hold only digits
 * and lowercase letters, which every collation (SQLite's BINARY, PostgreSQL's C or a locale's)
 * orders alike, so one plain index serves the order on both engines.
 */

/** Characters of the kind that take part in the order. */
const KIND_CHARACTERS = 20;
/**
 * Characters of the name's sort key (libs/i18n name keys: 2 to 6 per character of the name, so
 * at least the first 40 characters) that take part in the order; longer names tie, then by id.
 */
const NAME_KEY_CHARACTERS = 240;
/** One code point as 4 base-36 digits (36^4 > U+10FFFF); `0000` pads, below every character. */
const DIGITS = 4;
const PAD = '0'.repeat(DIGITS);

/** Segments are fixed-width, so a key is never a prefix of a sibling's key. */
const SEGMENT_LENGTH = KIND_CHARACTERS * DIGITS + NAME_KEY_CHARACTERS + 32;
/** The hierarchy is at most four deep (municipal, district and township governments, a working department). */
export const TREE_KEY_LENGTH = SEGMENT_LENGTH * 5;

function codePoints(text: string, characters: number): string {
  const encoded = [...text]
    .slice(0, characters)
    .map((character) => (character.codePointAt(0) ?? 0).toString(36).padStart(DIGITS, '0'));
  return encoded.join('') + PAD.repeat(characters - encoded.length);
}

export interface ChartPlace {
  departmentId: string;
  kind: string;
  name: string;
}

/**
 * A department's name as its segment orders it: the name's sort key, cut or padded with `0` to a
 * fixed width (every piece of a sort key starts with a digit from 1, so a shorter name sorts
 * before the names it begins).
 */
function nameOrder(name: string): string {
  return nameSortKey(name).slice(0, NAME_KEY_CHARACTERS).padEnd(NAME_KEY_CHARACTERS, '0');
}

/** A department's own segment: kind by code point, then name in pinyin order, then its id. */
export function chartSegment(department: ChartPlace): string {
  return (
    codePoints(department.kind, KIND_CHARACTERS) +
    nameOrder(department.name) +
    department.departmentId.toLowerCase().replace(/[^0-9a-z]/g, '')
  );
}

/** The key of a department under the one keyed `parentKey` (undefined: it is a root). */
export function treeKey(parentKey: string | undefined, department: ChartPlace): string {
  return (parentKey ?? '') + chartSegment(department);
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * The first key after every key that starts with `key`: the subtree of the department keyed `key`
 * is `key <= treeKey < subtreeEnd(key)`. A key ends with a hex digit of its department's id, so
 * the next character of the alphabet always exists.
 */
export function subtreeEnd(key: string): string {
  const last = ALPHABET.indexOf(key.charAt(key.length - 1));
  return key.slice(0, -1) + ALPHABET.charAt(last + 1);
}
