import { z } from 'zod';

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
  return (name) =>
    withDefault(
      z.enum(accepted, {
        error: (issue) =>
          `${name}="${String(issue.input)}" is not accepted; use one of: ${accepted.join(', ')}`,
      }) as z.ZodType<T, string>,
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
  return (name) => {
    const rule = (issue: { input?: unknown }) =>
      `${name}="${String(issue.input)}" must be a whole number from ${min} to ${max}`;
    return withDefault(
      z
        .string()
        .regex(/^\d+$/, { error: rule })
        .transform(Number)
        .refine((value) => value >= min && value <= max, { error: rule }),
      fallback,
    );
  };
}

/** A URL with one of `schemes` (`https:`, …). */
export function url(schemes: readonly string[]): Variable<string | undefined> {
  return (name) =>
    z.preprocess(
      unsetWhenEmpty,
      z
        .string()
        .refine((value) => schemes.includes(protocolOf(value)), {
          error: `${name} must be a URL starting with ${schemes.join(' or ')}`,
        })
        .optional(),
    ) as z.ZodType<string | undefined, string | undefined>;
}

function protocolOf(value: string): string {
  try {
    return new URL(value).protocol;
  } catch {
    return '';
  }
}

/**
 * `NAME=value,NAME=value`: names from `names`, each value passing `value` (described by `rule`);
 * every bad pair is named.
 */
export function pairs<Name extends string, Value>(
  names: readonly Name[],
  value: z.ZodType<Value, string>,
  rule: string,
): Variable<Partial<Record<Name, Value>>> {
  return (name) =>
    withDefault<Partial<Record<Name, Value>>>(
      z.string().transform((raw, context) => {
        const given: Partial<Record<Name, Value>> = {};
        if (raw.trim() === '') return given;
        for (const pair of raw.split(',')) {
          const [key = '', text = ''] = pair.split('=').map((part) => part.trim());
          const parsed = value.safeParse(text);
          if (!isOneOf(names, key)) {
            context.addIssue({
              code: 'custom',
              message: `${name}: "${key}" is not one of ${names.join(', ')}`,
            });
          } else if (!parsed.success) {
            context.addIssue({
              code: 'custom',
              message: `${name}: ${key}="${text}" must be ${rule}`,
            });
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
