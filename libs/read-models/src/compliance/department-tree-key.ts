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
/** One code point as 4 base-36 digits (36^4 > U+10FFFF). */
const DIGITS = 4;
/** Characters of a department id once its hyphens are gone (a UUID's 32 hex digits). */
const ID_CHARACTERS = 32;

/**
 * The longest a segment can be: each field's every character an escaped zero (two characters),
 * plus its two-character end, then the id.
 */
const SEGMENT_LENGTH =
  2 * (KIND_CHARACTERS * DIGITS + 2) + 2 * (NAME_KEY_CHARACTERS + 2) + ID_CHARACTERS;
/** The hierarchy is at most four deep (municipal, district and township governments, a working department). */
export const TREE_KEY_LENGTH = SEGMENT_LENGTH * 5;

function codePoints(text: string, characters: number): string {
  return [...text]
    .slice(0, characters)
    .map((character) => (character.codePointAt(0) ?? 0).toString(36).padStart(DIGITS, '0'))
    .join('');
}

/**
 * A field of a segment as the key holds it: ordered as the field padded with `0` to a fixed width
 * would be, without the padding. Trailing zeros go (padding would put them back), each `0` left
 * becomes `01` and the field ends with `00`, which sorts below every character and every escaped
 * zero: a field that ends where another goes on sorts first, as its padding would have, and no
 * field's end is ever mistaken for a `0` of its text, so a field never reads as another's prefix.
 * A padded segment was 352 characters a level (keys of 1,408 at the fourth level, which SQLite
 * stores on overflow pages of its index); this one is the text's length and a few more.
 */
function orderedField(text: string): string {
  return `${text.replace(/0+$/, '').replace(/0/g, '01')}00`;
}

export interface ChartPlace {
  departmentId: string;
  kind: string;
  name: string;
}

/**
 * A department's name as its segment orders it: the name's sort key, cut to its first
 * NAME_KEY_CHARACTERS (every piece of a sort key starts with a digit from 1, so a shorter name
 * sorts before the names it begins).
 */
function nameOrder(name: string): string {
  return nameSortKey(name).slice(0, NAME_KEY_CHARACTERS);
}

/** A department's own segment: kind by code point, then name in pinyin order, then its id. */
export function chartSegment(department: ChartPlace): string {
  return (
    orderedField(codePoints(department.kind, KIND_CHARACTERS)) +
    orderedField(nameOrder(department.name)) +
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
