import * as domain from '@dutyledger/domain';
import { ROLES } from '@dutyledger/auth';
import { IntlMessageFormat } from 'intl-messageformat';
import { AREAS, CATALOGUES, LANGS, ROLE_CODES, TERM_LISTS, messagesFor, termKey } from './index';

/**
 * Lists the domain exports that are not vocabulary a reader sees: said here so that any other
 * list the domain exports (a new one included) must have its words in `terms`.
 */
/** The deciders' lists of the event types they evolve: readers see events as the narrative's sentences. */
const EVENT_TYPES = "event type names, said to readers as the narrative's sentences, never by name";

const NOT_VOCABULARY: Readonly<Record<string, string>> = {
  RESERVATION_NAMESPACES: 'internal names of uniqueness reservations, never shown',
  ACCIDENT_EVENT_TYPES: EVENT_TYPES,
  ASSESSMENT_EVENT_TYPES: EVENT_TYPES,
  CADRE_EVENT_TYPES: EVENT_TYPES,
  CASE_EVENT_TYPES: EVENT_TYPES,
  DEPARTMENT_EVENT_TYPES: EVENT_TYPES,
  DUTY_EVENT_TYPES: EVENT_TYPES,
  POST_EVENT_TYPES: EVENT_TYPES,
  RESERVATION_EVENT_TYPES: EVENT_TYPES,
  // Parts of `measure` (SANCTIONS = MEASURES + REFERRALS = ACCOUNTABILITY_MEASURES + ...).
};

const isCodeList = (value: unknown): value is readonly string[] =>
  Array.isArray(value) && value.every((code) => typeof code === 'string');

/** Every list of codes the domain exports: arrays of strings. */
const domainLists: (readonly [string, readonly string[]])[] = [];
for (const [name, value] of Object.entries(domain as Record<string, unknown>)) {
  if (isCodeList(value)) domainLists.push([name, value]);
}

describe('the catalogues', () => {
  it.each(AREAS)('have the same keys in both languages (%s)', (area) => {
    const [first, ...others] = LANGS.map((lang) => Object.keys(CATALOGUES[area][lang]).sort());
    for (const keys of others) expect(keys).toEqual(first);
  });

  it.each(AREAS.flatMap((area) => LANGS.map((lang) => [area, lang] as const)))(
    'hold valid ICU messages, none empty (%s, %s)',
    (area, lang) => {
      for (const [key, text] of Object.entries(CATALOGUES[area][lang])) {
        expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
        expect(
          () => new IntlMessageFormat(text, lang, undefined, { ignoreTag: true }),
        ).not.toThrow();
      }
    },
  );

  it('name the domain’s lists and its roles, every code of each in words in both languages', () => {
    for (const [list, codes] of Object.entries(TERM_LISTS)) {
      for (const code of codes) {
        for (const lang of LANGS) {
          expect({
            lang,
            key: termKey(list, code),
            said: termKey(list, code) in CATALOGUES.terms[lang],
          }).toEqual({ lang, key: termKey(list, code), said: true });
        }
      }
    }
  });

  it('have a `terms` list for every list of codes the domain exports (any new one included)', () => {
    expect(domainLists.length).toBeGreaterThan(20);
    const termed = new Set(Object.values(TERM_LISTS).flat());
    for (const [name, codes] of domainLists) {
      if (name in NOT_VOCABULARY) continue;
      const unsaid = codes.filter((code) => !termed.has(code));
      expect({ name, unsaid }).toEqual({ name, unsaid: [] });
      // ...and the codes are said in a list made for them, not by chance in another one.
      const home = Object.entries(TERM_LISTS).find(([, listed]) =>
        codes.every((code) => (listed as readonly string[]).includes(code)),
      );
      expect({ name, home: home !== undefined }).toEqual({ name, home: true });
    }
  });

  it('know the api’s roles', () => {
    expect([...ROLE_CODES].sort()).toEqual([...ROLES].sort());
  });

  it('say the three principles as the rule writes them', () => {
    const words = messagesFor('zh-CN', ['terms']);
    expect(words['terms.principle.IN_CHARGE']).toBe('谁主管谁负责');
    expect(words['terms.principle.MANAGES_INDUSTRY']).toBe('管行业必须管安全');
    expect(words['terms.principle.MANAGES_BUSINESS']).toBe('管业务必须管安全');
    expect(words['terms.accidentGrade.LARGER']).toBe('较大');
    expect(messagesFor('en', ['terms'])['terms.measure.ADMONISHMENT_TALK']).toBe(
      'admonishment talk',
    );
  });
});
