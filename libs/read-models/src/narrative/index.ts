/**
 * The one narrative of what happened (docs/architecture.md, "The narrative"): every case event as
 * a message of the catalogues (`narrateCaseEvent`), said in a language when read (`render`), and
 * the domain's terms in words (`termWords`). Used by the case timeline, the audit report and
 * anything else that speaks of case events.
 */
export type { Message, MessageParam, Term } from './message';
export { TERM_LISTS, type TermList, termKey } from './terms';
export {
  type ActedCaseEvent,
  CASE_MESSAGE_IDS,
  type CaseFacts,
  type CaseNames,
  narrateCase,
  narrateCaseEvent,
} from './case-narrative';
export { LOCALES, type Locale, render, termWords } from './render';
