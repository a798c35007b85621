import { z } from 'zod';
import {
  type ConfigProblem,
  type ConfigProblemCode,
  configProblem,
  issueOf,
} from './config-problems';

/**
 * The kinds of environment variable the configuration reads, as zod schemas. Each is given the
 * variable's name so that its error says the name, the rule and the value it was given. An empty
 * variable counts as unset: `PORT=` is the default port, as in a shell.
 */
export type Variable<Output> = (name: string) => z.ZodType<Output, string | undefined>;

const unsetWhenEmpty = (value: unknown): unknown => (value === '' ? undefined : value);

function withDefault<Output>(
  schema: z.ZodType<Output, string>,
  fallback: Output,
): z.ZodType<Output, string | undefined> {
  return z.preprocess(
    unsetWhenEmpty,
    schema.optional().transform((value) => value ?? fallback),
  ) as z.ZodType<Output, string | undefined>;
}

/** Any text, or unset. */
export const text: Variable<string | undefined> = () =>
  z.preprocess(unsetWhenEmpty, z.string().optional()) as z.ZodType<
    string | undefined,
    string | undefined
  >;

/** One of a few words. */
export function oneOf<T extends string>(accepted: readonly [T, ...T[]], fallback: T): Variable<T> {
  const allowed = accepted.join(', ');
  const isAccepted = (value: string): value is T => (accepted as readonly string[]).includes(value);
  return (variable) =>
    withDefault(
      z.string().transform((value, context): T => {
        if (isAccepted(value)) return value;
        context.addIssue(issueOf(configProblem('config.oneOf', { variable, value, allowed })));
        return z.NEVER;
      }),
      fallback,
    );
}

/** `true` or `false`. */
export function flag(fallback: boolean): Variable<boolean> {
  return (name) =>
    withDefault(
      oneOf(
        ['true', 'false'],
        fallback ? 'true' : 'false',
      )(name).transform((value) => value === 'true') as z.ZodType<boolean, string>,
      fallback,
    );
}

/** A whole number within `[min, max]`. */
export function integer(fallback: number, [min, max]: [number, number]): Variable<number> {
  const range = { min: String(min), max: String(max) };
  return (variable) =>
    withDefault(
      z.string().transform((value, context) => {
        const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
        if (number >= min && number <= max) return number;
        context.addIssue(
          issueOf(configProblem('config.notInteger', { variable, value, ...range })),
        );
        return z.NEVER;
      }),
      fallback,
    );
}

/** A URL with one of `schemes` (`https:`, …). */
export function url(schemes: readonly string[]): Variable<string | undefined> {
  return (variable) =>
    z.preprocess(
      unsetWhenEmpty,
      z
        .string()
        .refine(
          (value) => schemes.includes(protocolOf(value)),
          problemCheck(
            configProblem('config.urlScheme', { variable, schemes: schemes.join(', ') }),
          ),
        )
        .optional(),
    ) as z.ZodType<string | undefined, string | undefined>;
}

/** A refinement's options that raise `problem` (loadConfig finds it in the issue's params). */
export function problemCheck(problem: ConfigProblem): {
  error: string;
  params: { problem: ConfigProblem };
} {
  const { message, params } = issueOf(problem);
  return { error: message, params };
}

function protocolOf(value: string): string {
  try {
    return new URL(value).protocol;
  } catch {
    return '';
  }
}

/** The problem of a pair whose value breaks the variable's rule for values. */
export type PairValueProblem = Extract<
  ConfigProblemCode,
  'config.pairNotScore' | 'config.pairNotWeight' | 'config.pairNotMonths'
>;

/**
 * `NAME=value,NAME=value`: names from `names`, each value passing `value` (or raising
 * `valueProblem`); every bad pair is named.
 */
export function pairs<Name extends string, Value>(
  names: readonly Name[],
  value: z.ZodType<Value, string>,
  valueProblem: PairValueProblem,
): Variable<Partial<Record<Name, Value>>> {
  const allowed = names.join(', ');
  return (variable) =>
    withDefault<Partial<Record<Name, Value>>>(
      z.string().transform((raw, context) => {
        const given: Partial<Record<Name, Value>> = {};
        if (raw.trim() === '') return given;
        for (const pair of raw.split(',')) {
          const [key = '', text = ''] = pair.split('=').map((part) => part.trim());
          const parsed = value.safeParse(text);
          if (!isOneOf(names, key)) {
            const problem = configProblem('config.pairNameUnknown', {
              variable,
              name: key,
              allowed,
            });
            context.addIssue(issueOf(problem));
          } else if (!parsed.success) {
            const problem = configProblem(valueProblem, { variable, name: key, value: text });
            context.addIssue(issueOf(problem));
          } else {
            given[key] = parsed.data;
          }
        }
        return given;
      }),
      {},
    );
}

function isOneOf<Name extends string>(names: readonly Name[], key: string): key is Name {
  return (names as readonly string[]).includes(key);
}
