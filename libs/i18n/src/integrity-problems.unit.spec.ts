import { INTEGRITY_PROBLEMS, INTEGRITY_PROBLEM_CODES } from '@dutyledger/event-store';
import { CATALOGUES, LANGS, hasMessage, translate } from './index';

/** The key of a verifier's problem in the `cli` catalogue. */
const keyOf = (code: string) => `integrity.${code}`;

/** A value no message says by itself: found in a text only if the message says that param. */
const sample = (param: string) => `‹${param}›`;

describe('the verifiers’ problems in the cli catalogue', () => {
  it('has a message for every code a verifier can report, in both languages', () => {
    expect(INTEGRITY_PROBLEM_CODES.length).toBeGreaterThan(30);
    for (const code of INTEGRITY_PROBLEM_CODES) {
      for (const lang of LANGS) {
        expect({ lang, code, said: hasMessage(lang, keyOf(code)) }).toEqual({
          lang,
          code,
          said: true,
        });
      }
    }
  });

  it('has no message for a code the verifiers do not report', () => {
    for (const lang of LANGS) {
      const codes = Object.keys(CATALOGUES.integrity[lang]);
      expect({ lang, stale: codes.filter((code) => !(code in INTEGRITY_PROBLEMS)) }).toEqual({
        lang,
        stale: [],
      });
    }
  });

  it.each(INTEGRITY_PROBLEM_CODES)('says every value %s names, in both languages', (code) => {
    const params: readonly string[] = INTEGRITY_PROBLEMS[code];
    const values = Object.fromEntries(params.map((param) => [param, sample(param)]));
    for (const lang of LANGS) {
      const said = translate(lang, keyOf(code), values);
      const unsaid = params.filter((param) => !said.includes(sample(param)));
      expect({ lang, said, unsaid }).toEqual({ lang, said, unsaid: [] });
    }
  });
});
