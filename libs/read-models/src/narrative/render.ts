import { IntlMessageFormat } from 'intl-messageformat';
import { LANGS, type Lang, formatDateTime, messageText } from '@dutyledger/i18n';
import { type Message, type MessageParam, isTerm } from './message';
import { termKey } from './terms';

/** The languages the narrative is said in: those of libs/i18n. */
export const LOCALES = LANGS;
export type Locale = Lang;

/**
 * The parameters that are instants (ISO 8601 as recorded): said as the reader's wall-clock time
 * in the jurisdiction's time zone when one is given, as recorded otherwise.
 */
const INSTANT_PARAMS: ReadonlySet<string> = new Set([
  'occurredAt',
  'dueAt',
  'respondBy',
  'appealWindowClosesAt',
]);

const formats = new Map<string, IntlMessageFormat>();
const lists = new Map<Locale, Intl.ListFormat>();

/** The locale's list form ("A, B and C" / "A、B和C"), made once: an Intl object is costly to make. */
function listFormatOf(locale: Locale): Intl.ListFormat {
  let format = lists.get(locale);
  if (format === undefined) {
    format = new Intl.ListFormat(locale, { type: 'unit' });
    lists.set(locale, format);
  }
  return format;
}

/** The compiled message, once per locale and id; undefined when no catalogue has the id. */
function formatOf(id: string, locale: Locale): IntlMessageFormat | undefined {
  const key = `${locale}\u0000${id}`;
  const known = formats.get(key);
  if (known !== undefined) return known;
  const own = messageText(locale, `narrative.${id}`);
  const text = own ?? messageText('en', `narrative.${id}`);
  if (text === undefined) return undefined;
  const format = new IntlMessageFormat(text, own === undefined ? 'en' : locale);
  formats.set(key, format);
  return format;
}

interface Reading {
  readonly locale: Locale;
  readonly timeZone: string | undefined;
}

function said(name: string, param: MessageParam, reading: Reading): string | number | boolean {
  if (typeof param !== 'object') {
    if (typeof param === 'string' && reading.timeZone !== undefined && INSTANT_PARAMS.has(name)) {
      return formatDateTime(reading.locale, param, reading.timeZone);
    }
    return param;
  }
  if (Array.isArray(param)) {
    const items = (param as readonly Message[]).map((each) => sentence(each, reading));
    return listFormatOf(reading.locale).format(items);
  }
  if (isTerm(param)) {
    // A code no list knows (say, a sanction the case no longer knows by id) is said as it is.
    return messageText(reading.locale, termKey(param.term, param.code)) ?? param.code;
  }
  return sentence(param as Message, reading);
}

function sentence(message: Message, reading: Reading): string {
  const format = formatOf(message.id, reading.locale);
  if (format === undefined) return `${message.id} ${JSON.stringify(message.params)}`;
  const values = Object.fromEntries(
    Object.entries(message.params).map(([name, param]) => [name, said(name, param, reading)]),
  );
  const text = format.format(values);
  if (typeof text !== 'string') throw new Error(`message ${message.id} did not render as text`);
  return text;
}

/**
 * The message said in `locale`: its `narrative` text with every parameter said first (terms in
 * words, nested messages rendered, instants in `timeZone` when given). A message whose id no
 * catalogue has (stored by a later version) is said as its id and parameters rather than lost.
 */
export function render(message: Message, locale: Locale = 'en', timeZone?: string): string {
  return sentence(message, { locale, timeZone });
}

/** A term of the domain's lists in words, e.g. `measure` `MAJOR_DEMERIT`: "major demerit". */
export function termWords(list: string, code: string, locale: Locale = 'en'): string {
  return String(said('', { term: list, code }, { locale, timeZone: undefined }));
}
