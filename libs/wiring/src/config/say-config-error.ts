import type { ConfigError } from '@dutyledger/config';
import { type Lang, translate } from '@dutyledger/i18n';

/**
 * A refused configuration as the api, the projector and the CLI print it at start, in the
 * operator's language (`operatorLang`): a heading, then each problem from the `config` catalogue
 * (its code is the message's key), one a line, in the order of the variables.
 */
export function sayConfigError(error: ConfigError, lang: Lang): string {
  const heading = translate(lang, 'config.invalidConfiguration', { count: error.problems.length });
  const lines = error.problems.map(
    (problem) => `  - ${translate(lang, problem.code, problem.values)}`,
  );
  return [heading, ...lines].join('\n');
}
