import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

/** The fields of an OpenAPI schema object a validation rule sets. */
export interface SchemaFields {
  type?: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
  format?: string;
  pattern?: string;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  multipleOf?: number;
  minItems?: number;
  maxItems?: number;
}

/** What a rule says in OpenAPI; `each` rules apply to the items of a list. */
type RuleSchema = (constraints: readonly unknown[]) => SchemaFields;

/** A UUID of version 4, as every id of the api is (class-validator's isUUID('4')). */
export const UUID_V4_PATTERN =
  '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$';

/** The text rules of every string field (control characters refused; see text-rules). */
export const ONE_LINE_TEXT_PATTERN = '^[^\\u0000-\\u001F\\u007F-\\u009F]*$';
export const MULTI_LINE_TEXT_PATTERN = '^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F]*$';

const first = (constraints: readonly unknown[]) => constraints[0];
const numberOf = (constraints: readonly unknown[]) => Number(first(constraints));

/** class-validator's rules, by the name it records, and what each says in OpenAPI. */
const RULE_SCHEMAS = new Map<string, RuleSchema>([
  ['isString', () => ({ type: 'string' })],
  ['isInt', () => ({ type: 'integer' })],
  ['isBoolean', () => ({ type: 'boolean' })],
  ['isArray', () => ({ type: 'array' })],
  [
    'isNumber',
    (constraints) => {
      const { maxDecimalPlaces } = (first(constraints) ?? {}) as { maxDecimalPlaces?: number };
      return maxDecimalPlaces === undefined
        ? { type: 'number' }
        : { type: 'number', multipleOf: 10 ** -maxDecimalPlaces };
    },
  ],
  ['isUuid', () => ({ type: 'string', format: 'uuid', pattern: UUID_V4_PATTERN })],
  ['isIn', (constraints) => ({ enum: [...(first(constraints) as readonly unknown[])] })],
  [
    'matches',
    (constraints) => ({ type: 'string', pattern: (first(constraints) as RegExp).source }),
  ],
  ['minLength', (constraints) => ({ minLength: numberOf(constraints) })],
  ['maxLength', (constraints) => ({ maxLength: numberOf(constraints) })],
  ['min', (constraints) => ({ minimum: numberOf(constraints) })],
  ['max', (constraints) => ({ maximum: numberOf(constraints) })],
  ['arrayMinSize', (constraints) => ({ minItems: numberOf(constraints) })],
  ['arrayMaxSize', (constraints) => ({ maxItems: numberOf(constraints) })],
]);

/** Rules that say nothing a schema states: presence is `required`, nesting is the `$ref`. */
export const STRUCTURAL_RULES = new Set(['isOptional', 'nestedValidation', 'whitelistValidation']);

/** A custom validator states how it reads in OpenAPI here, beside its definition. */
export function documentRule(name: string, schema: RuleSchema): void {
  RULE_SCHEMAS.set(name, schema);
}

/** The name a validation rule is known by: its validator's name, or its kind. */
export function ruleName(rule: ValidationMetadata): string {
  return rule.name ?? rule.type;
}

/** What a rule says in OpenAPI, or undefined if nobody said (the OpenAPI test fails on it). */
export function schemaOfRule(rule: ValidationMetadata): SchemaFields | undefined {
  return RULE_SCHEMAS.get(ruleName(rule))?.(rule.constraints ?? []);
}
