import { TERM_LISTS, type TermList } from '@dutyledger/i18n';
import type { Term } from './message';

export { TERM_LISTS, type TermList };

/**
 * Lists a stored message may name by an older name: timelines projected before libs/i18n named
 * the measures `sanction`. Said with the list they were renamed to, so nothing stored goes unsaid.
 */
const RENAMED_LISTS: Readonly<Record<string, TermList>> = { sanction: 'measure' };

/** A code of a list, as a message parameter (an unknown code is said as it is). */
export const term = (list: TermList, code: string): Term => ({ term: list, code });

/** The `terms` catalogue key of a term (`terms.measure.DEMERIT`), older list names included. */
export const termKey = (list: string, code: string): string =>
  `terms.${RENAMED_LISTS[list] ?? list}.${code}`;
