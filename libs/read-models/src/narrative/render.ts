import { IntlMessageFormat } from 'intl-messageformat';
import { EN } from './catalogue.en';
import { type Message, type MessageParam, isTerm } from './message';
import { termId } from './terms';

/** The languages the narrative is said in; English is the only catalogue yet. */
export const LOCALES = ['en'] as const;
export type Locale = (typeof LOCALES)[number];

export const CATALOGUES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { en: EN };

const formats = new Map<string, IntlMessageFormat>();

/** The compiled message, once per locale and id; undefined when no catalogue has the id. */
function formatOf(id: string, locale: Locale): IntlMessageFormat | undefined {
  const key = `${locale}\u0000${id}`;
  const known = formats.get(key);
  if (known !== undefined) return known;
  const text = CATALOGUES[locale][id] ?? CATALOGUES.en[id];
  if (text === undefined) return undefined;
  const format = new IntlMessageFormat(text, locale);
  formats.set(key, format);
  return format;
}

function said(param: MessageParam, locale: Locale): string | number | boolean {
  if (typeof param !== 'object') return param;
  if (Array.isArray(param)) {
    const items = (param as readonly Message[]).map((each) => render(each, locale));
    return new Intl.ListFormat(locale, { type: 'unit' }).format(items);
  }
  if (isTerm(param)) {
    // A code no list knows (say, a sanction the case no longer knows by id) is said as it is.
    return CATALOGUES[locale][termId(param.term, param.code)] ?? param.code;
  }
  return render(param as Message, locale);
}

/**
 * The message said in `locale`: its catalogue text with every parameter said first (terms in
 * words, nested messages rendered). A message whose id no catalogue has (stored by a later
 * version) is said as its id and parameters rather than lost.
 */
export function render(message: Message, locale: Locale = 'en'): string {
  const format = formatOf(message.id, locale);
  if (format === undefined) return `${message.id} ${JSON.stringify(message.params)}`;
  const values = Object.fromEntries(
    Object.entries(message.params).map(([name, param]) => [name, said(param, locale)]),
  );
  const text = format.format(values);
  if (typeof text !== 'string') throw new Error(`message ${message.id} did not render as text`);
  return text;
}

/** A term of the domain's lists in words, e.g. `sanction` `MAJOR_DEMERIT`: "major demerit". */
export function termWords(list: string, code: string, locale: Locale = 'en'): string {
  return String(said({ term: list, code }, locale));
}
