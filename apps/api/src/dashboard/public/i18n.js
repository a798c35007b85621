import { IntlMessageFormat } from './intl-messageformat.esm.js';

/** The languages of the dashboard; the first is the default. */
export const LANGUAGES = /** @type {const} */ (['zh-CN', 'en']);
/** @typedef {(typeof LANGUAGES)[number]} Language */

const KEY = 'dutyledger.lang';

function stored() {
  try {
    const value = localStorage.getItem(KEY);
    return LANGUAGES.find((language) => language === value);
  } catch {
    return undefined;
  }
}

/**
 * What `make` answers for these arguments, made once per page: an Intl formatter takes the browser
 * tens of microseconds to make (it resolves its locale), and a view formats hundreds of numbers and
 * messages with a handful of distinct ones (test/bench/README.md, "Formatters made once a page").
 * @template {unknown[]} A
 * @template F
 * @param {(...args: A) => F} make
 * @returns {(...args: A) => F}
 */
function oncePerArguments(make) {
  /** @type {Map<string, F>} */
  const kept = new Map();
  return (...args) => {
    const key = JSON.stringify(args);
    let made = kept.get(key);
    if (made === undefined) {
      made = make(...args);
      kept.set(key, made);
    }
    return made;
  };
}

/** The page's number formats, by locale and options. */
export const numberFormat = oncePerArguments(
  (
    /** @type {string | string[] | undefined} */ locales,
    /** @type {Intl.NumberFormatOptions | undefined} */ options,
  ) => new Intl.NumberFormat(locales, options),
);

/** The page's date and time formats, by locale and options. */
export const dateTimeFormat = oncePerArguments(
  (
    /** @type {string | string[] | undefined} */ locales,
    /** @type {Intl.DateTimeFormatOptions | undefined} */ options,
  ) => new Intl.DateTimeFormat(locales, options),
);

/** The formats every compiled message uses (intl-messageformat would make its own per message). */
const FORMATTERS = {
  getNumberFormat: numberFormat,
  getDateTimeFormat: dateTimeFormat,
  getPluralRules: oncePerArguments(
    (
      /** @type {string | string[] | undefined} */ locales,
      /** @type {Intl.PluralRulesOptions | undefined} */ options,
    ) => new Intl.PluralRules(locales, options),
  ),
};

// intl-messageformat resolves the locale again for every message it compiles (a
// supportedLocalesOf and a new Intl.Locale); the page has two languages, each resolved once.
const resolveLocale = IntlMessageFormat.resolveLocale;
IntlMessageFormat.resolveLocale = oncePerArguments((/** @type {string | string[]} */ locales) =>
  resolveLocale(locales),
);

/** @type {Language} */
let language = stored() ?? LANGUAGES[0];
/** @type {Map<string, IntlMessageFormat>} */
let compiled = new Map();
/**
 * The catalogues fetched so far, by language: the dashboard's own messages without their area
 * prefix (`nav.cases`), the domain's words with theirs (`terms.caseStatus.CLOSED`).
 * @type {Map<string, Record<string, string>>}
 */
const catalogues = new Map();
/** @type {Record<string, string>} */
let messages = {};

/**
 * Fetches a language's messages from the api (`GET /i18n/{lang}`, login-free, revalidated by
 * ETag) once per page.
 * @param {string} lang
 */
async function catalogue(lang) {
  const known = catalogues.get(lang);
  if (known) return known;
  const response = await fetch(`/i18n/${encodeURIComponent(lang)}`);
  if (!response.ok) throw new Error(`/i18n/${lang} answered ${response.status}`);
  const body = /** @type {{messages: Record<string, string>}} */ (await response.json());
  /** @type {Record<string, string>} */
  const loaded = {};
  for (const [key, text] of Object.entries(body.messages)) {
    if (key.startsWith('dashboard.')) loaded[key.slice('dashboard.'.length)] = text;
    else if (key.startsWith('terms.')) loaded[key] = text;
  }
  catalogues.set(lang, loaded);
  return loaded;
}

/**
 * Names compared as the API orders them whichever the page's language: Chinese names by pinyin,
 * Latin ones by their letters (the i18n library's compareNames).
 */
const NAMES = new Intl.Collator('zh-CN', { sensitivity: 'base', numeric: true });
export const compareNames = (/** @type {string} */ a, /** @type {string} */ b) =>
  NAMES.compare(a, b);

/** Whether a name contains the searched text, by its characters and in any case (as the API matches). */
export const nameContains = (/** @type {string} */ name, /** @type {string} */ text) =>
  name.normalize('NFC').toLowerCase().includes(text.normalize('NFC').toLowerCase());

/** The reader's language: the one chosen in this browser, else Chinese. */
export function currentLanguage() {
  return language;
}

/**
 * Chooses the language (once its messages are here), remembers it in this browser, and sets
 * `<html lang>`.
 */
export async function useLanguage(/** @type {string} */ chosen) {
  const found = LANGUAGES.find((each) => each === chosen);
  if (!found) return;
  messages = await catalogue(found);
  language = found;
  compiled = new Map();
  document.documentElement.lang = found;
  try {
    localStorage.setItem(KEY, found);
  } catch {
    // A browser that keeps nothing (private mode): the choice lasts for this page.
  }
}

/**
 * The message `key` in the reader's language (ICU: `{name}`, plural and select), or the key
 * itself so that a missing message shows where it is missing (a catalogue test keeps both
 * languages complete).
 * @param {string} key
 * @param {Record<string, string | number>} [params]
 * @returns {string}
 */
export function t(key, params = {}) {
  let format = compiled.get(key);
  if (!format) {
    const source = messages[key];
    if (source === undefined) return key;
    format = new IntlMessageFormat(source, language, undefined, { formatters: FORMATTERS });
    compiled.set(key, format);
  }
  return String(format.format(params));
}

/**
 * The word for a code of the domain's vocabulary (a case status, a measure, a grade…), as the
 * catalogue names it under `terms.{group}.{code}`; the code in lower case when it has none.
 * @param {string} group @param {string | null | undefined} code
 */
export function term(group, code) {
  if (typeof code !== 'string' || code === '') return '—';
  return messages[`terms.${group}.${code}`] ?? code.toLowerCase().replace(/_/g, ' ');
}

/** Fills every element of the page shell that names a message: `data-i18n` (text) and
 * `data-i18n-{attribute}` (e.g. aria-label). */
export function translateShell(/** @type {ParentNode} */ root = document) {
  for (const element of root.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.getAttribute('data-i18n') ?? '');
  }
  for (const attribute of ['aria-label', 'title', 'placeholder']) {
    for (const element of root.querySelectorAll(`[data-i18n-${attribute}]`)) {
      element.setAttribute(attribute, t(element.getAttribute(`data-i18n-${attribute}`) ?? ''));
    }
  }
}
