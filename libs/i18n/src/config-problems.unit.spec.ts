import { CONFIG_PROBLEMS, CONFIG_PROBLEM_CODES } from '@dutyledger/config';
import { CATALOGUES, LANGS, hasMessage, translate } from './index';

/** A value no message says by itself: found in a text only if the message says that value. */
const sample = (name: string) => `‹${name}›`;

/** The catalogue's own words besides the problems. */
const NOT_A_PROBLEM = ['invalidConfiguration'];

describe('the configuration’s problems in the config catalogue', () => {
  it('has a message for every code the configuration can report, in both languages', () => {
    expect(CONFIG_PROBLEM_CODES.length).toBeGreaterThan(10);
    for (const code of CONFIG_PROBLEM_CODES) {
      for (const lang of LANGS) {
        expect({ lang, code, said: hasMessage(lang, code) }).toEqual({ lang, code, said: true });
      }
    }
  });

  it('has no message for a code the configuration does not report', () => {
    for (const lang of LANGS) {
      const ids = Object.keys(CATALOGUES.config[lang]).filter((id) => !NOT_A_PROBLEM.includes(id));
      const stale = ids.filter((id) => !(`config.${id}` in CONFIG_PROBLEMS));
      expect({ lang, stale }).toEqual({ lang, stale: [] });
    }
  });

  it.each(CONFIG_PROBLEM_CODES)('says every value %s names, in both languages', (code) => {
    const names: readonly string[] = CONFIG_PROBLEMS[code];
    expect(names).toContain('variable');
    const values = Object.fromEntries(names.map((name) => [name, sample(name)]));
    for (const lang of LANGS) {
      const said = translate(lang, code, values);
      const unsaid = names.filter((name) => !said.includes(sample(name)));
      expect({ lang, said, unsaid }).toEqual({ lang, said, unsaid: [] });
    }
  });
});
