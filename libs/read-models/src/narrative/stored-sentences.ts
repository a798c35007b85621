import type { Message } from './message';
import { type Locale, render } from './render';

/**
 * How many sentences are kept. Past this many the memory starts over rather than grow: a sentence
 * and its key take about 1-2 KB, so the sentences of some 250 twenty-entry pages of distinct
 * timelines in one language stay within ~10 MB.
 */
export const KEPT_SENTENCES = 5_000;

/**
 * Sentences already said, by language and time zone, then by the message's stored JSON text (the
 * row's own string is the key: no key is built per entry). Saying a message is a pure function of
 * those three (the catalogues are fixed for the life of the process), so a kept sentence is the
 * one `render` would say again: nothing here can go stale.
 */
const said = new Map<string, Map<string, string>>();
let kept = 0;

/**
 * The sentence of a message as stored (its JSON text) in `locale`, instants in `timeZone`: said
 * once per process and text, then kept. Saying a timeline entry (the catalogue's message, its
 * terms, instants formatted in the zone) cost about a third of a timeline page's read, and every
 * reader of a case says the same entries again.
 */
export function storedSentence(stored: string, locale: Locale, timeZone?: string): string {
  const reading = `${locale}\u0000${timeZone ?? ''}`;
  let sentences = said.get(reading);
  const known = sentences?.get(stored);
  if (known !== undefined) return known;
  const sentence = render(JSON.parse(stored) as Message, locale, timeZone);
  if (kept >= KEPT_SENTENCES) {
    said.clear();
    kept = 0;
    sentences = undefined;
  }
  if (sentences === undefined) {
    sentences = new Map<string, string>();
    said.set(reading, sentences);
  }
  sentences.set(stored, sentence);
  kept += 1;
  return sentence;
}

/** How many sentences are kept now (tests). */
export function keptSentences(): number {
  return kept;
}
