import { IntlMessageFormat } from 'intl-messageformat';
import { AREAS, type Area, CATALOGUES } from './catalogues';
import type { Lang } from './lang';

/** A value a message may say: text, a number (plural, select ordinal...), yes/no, a date. */
export type MessageValue = string | number | boolean | Date;
export type MessageValues = Readonly<Record<string, MessageValue>>;

const compiled = new Map<string, IntlMessageFormat>();

function areaOf(key: string): { area: Area; id: string } | undefined {
  const dot = key.indexOf('.');
  const area = key.slice(0, dot);
  if (dot < 1 || !(AREAS as readonly string[]).includes(area)) return undefined;
  return { area: area as Area, id: key.slice(dot + 1) };
}

/** The ICU text of `key` (`<area>.<id>`) in `lang`; undefined when that catalogue lacks it. */
export function messageText(lang: Lang, key: string): string | undefined {
  const found = areaOf(key);
  return found === undefined ? undefined : CATALOGUES[found.area][lang][found.id];
}

/** Whether `key` has a message in `lang`. */
export const hasMessage = (lang: Lang, key: string): boolean =>
  messageText(lang, key) !== undefined;

/**
 * The message `key` (`<area>.<id>`, e.g. `terms.measure.DEMERIT`, `errors.CASE_NOT_DECIDED`)
 * said in `lang` with `values` (ICU MessageFormat: plural, select, selectordinal, number, date).
 * A key missing in `lang` is said in English; a key no catalogue has is said as the key itself,
 * so a reader sees what is missing instead of nothing.
 */
export function translate(lang: Lang, key: string, values: MessageValues = {}): string {
  const chosen = messageText(lang, key) === undefined ? 'en' : lang;
  const text = messageText(chosen, key);
  if (text === undefined) return key;
  const cacheKey = `${chosen}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (format === undefined) {
    format = new IntlMessageFormat(text, chosen);
    compiled.set(cacheKey, format);
  }
  const said = format.format<string>(values);
  return Array.isArray(said) ? said.join('') : String(said);
}

/**
 * Every message of `areas` in `lang`, keyed by area (`terms.measure.DEMERIT`,
 * `dashboard.nav.cases`): what a client that formats for itself (the dashboard) is sent.
 */
export function messagesFor(lang: Lang, areas: readonly Area[]): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const area of areas) {
    for (const [id, text] of Object.entries(CATALOGUES[area][lang])) {
      messages[`${area}.${id}`] = text;
    }
  }
  return messages;
}
