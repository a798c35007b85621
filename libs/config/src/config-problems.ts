/**
 * What the configuration can find wrong with the environment, as stable codes with the values
 * each problem names, never as a sentence: the processes say them in the operator's language from
 * the `config` catalogue of libs/i18n (the code is the message's key; zh-CN and en; README,
 * "Languages"). Each code lists the names of its values: a problem carries exactly those, every
 * one names the `variable` it is about, and every catalogue message of the code says each value.
 *
 * A code, once published, keeps its meaning: add new ones rather than change one.
 */
export const CONFIG_PROBLEMS = {
  /** Not one of a few words (`allowed`, comma-separated). */
  'config.oneOf': ['variable', 'value', 'allowed'],
  /** Not a whole number from `min` to `max`. */
  'config.notInteger': ['variable', 'value', 'min', 'max'],
  /** A URL that does not start with one of `schemes` (comma-separated, e.g. `https:, http:`). */
  'config.urlScheme': ['variable', 'schemes'],
  /** An EventStoreDB connection string whose hosts or settings are not one. */
  'config.eventStoreUrlForm': ['variable'],
  'config.timeZoneUnknown': ['variable', 'value'],
  'config.notPublicKey': ['variable'],
  /** `NAME=value,…`: a NAME that is not one of `allowed`. */
  'config.pairNameUnknown': ['variable', 'name', 'allowed'],
  /** `NAME=value,…`: a grade's lowest score that is not 1–100. */
  'config.pairNotScore': ['variable', 'name', 'value'],
  /** `NAME=value,…`: a weight that is not a number from 0. */
  'config.pairNotWeight': ['variable', 'name', 'value'],
  /** `NAME=value,…`: an influence period that is not 0–999 months nor PERMANENT. */
  'config.pairNotMonths': ['variable', 'name', 'value'],
  'config.gradeBandsOrder': ['variable'],
  'config.weightsAllZero': ['variable'],
  /** Required when another variable (`when`, as `NAME=value`) chooses it; `example` of a value. */
  'config.requiredWhen': ['variable', 'when', 'example'],
  /** The request timeout (`variable`) below the headers timeout (`headers`). */
  'config.requestTimeoutBelowHeaders': ['variable', 'headers'],
  /** Two ways to the identity provider's keys: `variable` and `other`. */
  'config.identityProviderTwice': ['variable', 'other'],
  /** The issuer or audience (`variable`) missing beside `publicKey` or `jwksUrl`. */
  'config.identityProviderNeeds': ['variable', 'publicKey', 'jwksUrl'],
  /** Anything else the schema refuses (none expected), with the schema's own `reason`. */
  'config.invalid': ['variable', 'reason'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

export type ConfigProblemCode = keyof typeof CONFIG_PROBLEMS;

/** Every code the configuration can produce. */
export const CONFIG_PROBLEM_CODES = Object.keys(CONFIG_PROBLEMS) as ConfigProblemCode[];

/** The values a problem of `C` names, each as text. */
export type ConfigProblemValues<C extends ConfigProblemCode = ConfigProblemCode> = Readonly<
  Record<(typeof CONFIG_PROBLEMS)[C][number], string>
>;

/** What is wrong with one variable: a code and the values it names. */
export type ConfigProblem<C extends ConfigProblemCode = ConfigProblemCode> =
  C extends ConfigProblemCode ? { code: C; values: ConfigProblemValues<C> } : never;

/** A problem of `code` naming `values` (the compiler asks for exactly the code's values). */
export const configProblem = <C extends ConfigProblemCode>(
  code: C,
  values: ConfigProblemValues<C>,
): ConfigProblem => ({ code, values });

export function isConfigProblem(value: unknown): value is ConfigProblem {
  if (typeof value !== 'object' || value === null) return false;
  const { code, values } = value as { code?: unknown; values?: unknown };
  return (
    typeof code === 'string' &&
    code in CONFIG_PROBLEMS &&
    typeof values === 'object' &&
    values !== null
  );
}

/**
 * A problem without words, for a log line or a stack trace (`config.notInteger PORT="eighty"
 * min="0" max="65535"`); people read it from the catalogue.
 */
export function problemText(problem: ConfigProblem): string {
  const { variable, ...rest } = problem.values as Readonly<Record<string, string>>;
  const values = Object.entries(rest).map(([name, value]) => `${name}=${JSON.stringify(value)}`);
  return [problem.code, variable ?? '', ...values].join(' ');
}

/** What a zod issue carries so that loadConfig finds the problem again. */
export const issueOf = (problem: ConfigProblem) => ({
  code: 'custom' as const,
  message: problemText(problem),
  params: { problem },
});
