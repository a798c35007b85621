import { LANGS } from '@dutyledger/i18n';
import { narrateCase } from './case-narrative';
import type { Message } from './message';
import { NAMED, STORY } from './narrative.fixtures';
import { render } from './render';
import { KEPT_SENTENCES, keptSentences, storedSentence } from './stored-sentences';

/** Every message of the whole case story, as the timeline stores it (its JSON text). */
const STORED = narrateCase(STORY, NAMED).map((each) => JSON.stringify(each.message));

const ZONES = [undefined, 'Asia/Shanghai', 'America/New_York'];

describe('a stored message said once and kept', () => {
  it('says every message of a case as render says it, in every language and time zone, the first time and after', () => {
    for (const lang of LANGS) {
      for (const zone of ZONES) {
        for (const stored of STORED) {
          const expected = render(JSON.parse(stored) as Message, lang, zone);
          expect(storedSentence(stored, lang, zone)).toBe(expected);
          expect(storedSentence(stored, lang, zone)).toBe(expected);
        }
      }
    }
  });

  it('keeps a sentence per language, zone and text: one more kept for each new one, none for one said again', () => {
    const stored = JSON.stringify({ id: 'case.storedSentence', params: { sentence: 'kept-1' } });
    const before = keptSentences();
    storedSentence(stored, 'en', 'Asia/Shanghai');
    storedSentence(stored, 'en', 'Asia/Shanghai');
    expect(keptSentences()).toBe(before + 1);
    storedSentence(stored, 'zh-CN', 'Asia/Shanghai');
    storedSentence(stored, 'en', 'UTC');
    storedSentence(stored, 'en');
    expect(keptSentences()).toBe(before + 4);
  });

  it('tells instants apart by zone and messages apart by language: a kept sentence is never another’s', () => {
    const withInstant = STORED.find((stored) => stored.includes('"dueAt"'));
    expect(withInstant).toBeDefined();
    const stored = withInstant ?? '';
    const shanghai = storedSentence(stored, 'en', 'Asia/Shanghai');
    const newYork = storedSentence(stored, 'en', 'America/New_York');
    expect(shanghai).not.toBe(newYork);
    expect(storedSentence(stored, 'zh-CN', 'Asia/Shanghai')).not.toBe(shanghai);
    expect(storedSentence(stored, 'en', 'Asia/Shanghai')).toBe(shanghai);
  });

  it('starts over once it holds KEPT_SENTENCES, rather than grow', () => {
    for (let each = 0; each <= KEPT_SENTENCES; each += 1) {
      const stored = JSON.stringify({
        id: 'case.storedSentence',
        params: { sentence: `s${each}` },
      });
      expect(storedSentence(stored, 'en')).toBe(`s${each}`);
      expect(keptSentences()).toBeLessThanOrEqual(KEPT_SENTENCES);
    }
    expect(keptSentences()).toBeLessThan(KEPT_SENTENCES);
  });
});
