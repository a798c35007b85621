/**
 * The languages DutyLedger speaks (docs/architecture.md, "Languages"): Simplified Chinese and
 * English message catalogues in ICU MessageFormat, one per area and language, and how a surface
 * picks the reader's language.
 */
export { LANGS, type Lang, isLang, langFromAcceptLanguage, operatorLang, parseLang } from './lang';
export { AREAS, type Area, CATALOGUES, type Catalogue } from './catalogues';
export { ROLE_CODES, TERM_LISTS, type TermList, termKey } from './term-lists';
export {
  type MessageValue,
  type MessageValues,
  hasMessage,
  messageText,
  messagesFor,
  translate,
} from './translate';
export {
  NAME_COLLATOR,
  compareNames,
  formatCount,
  formatDate,
  formatDateTime,
  formatYuan,
} from './formats';
export { nameSearchKey, nameSortKey } from './name-keys';
