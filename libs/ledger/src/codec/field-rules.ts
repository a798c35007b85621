/** What a present value is, as the field rules name it. */
type KindOf<V> = V extends string
  ? 'string'
  : V extends number
    ? 'number'
    : V extends boolean
      ? 'boolean'
      : V extends readonly unknown[]
        ? 'array'
        : V extends object
          ? 'object'
          : never;

type Present<V> = KindOf<Exclude<V, null | undefined>>;

type OptionalKeys<D> = { [K in keyof D]-?: object extends Pick<D, K> ? K : never }[keyof D];

/** The rule of one field: its kind, `?` when it may be left out, ` or null` when it may be null. */
type RuleOf<V, Optional extends boolean> = Optional extends true
  ? `${Present<V>}?`
  : null extends V
    ? `${Present<V>} or null`
    : Present<V>;

/**
 * The stored shape of an event's data: one rule per field, derived from the data type, so that the
 * compiler refuses a missing field, an unknown one or a rule that does not fit the field's type.
 * Only the top level is checked; nested values are checked for their kind (object, array).
 */
export type Shape<Data> = {
  readonly [K in keyof Data]-?: RuleOf<Data[K], K extends OptionalKeys<Data> ? true : false>;
};

/** A shape as the codec keeps it, whatever its data type. */
export type FieldRules = Readonly<Record<string, string>>;

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

interface CompiledRule {
  readonly field: string;
  readonly rule: string;
  readonly kind: string;
  readonly optional: boolean;
  readonly nullable: boolean;
}

/** Each shape's rules read once (every event of a type is checked against the same object). */
const compiled = new WeakMap<FieldRules, readonly CompiledRule[]>();

function compiledRules(rules: FieldRules): readonly CompiledRule[] {
  let list = compiled.get(rules);
  if (list === undefined) {
    list = Object.entries(rules).map(([field, rule]) => {
      const optional = rule.endsWith('?');
      const nullable = rule.endsWith(' or null');
      const kind = optional
        ? rule.slice(0, -1)
        : nullable
          ? rule.slice(0, -' or null'.length)
          : rule;
      return { field, rule, kind, optional, nullable };
    });
    compiled.set(rules, list);
  }
  return list;
}

const ownField = (data: object, field: string): boolean =>
  Object.prototype.propertyIsEnumerable.call(data, field);

/**
 * The first field of `data` that breaks its rule, described (`field "caseId": expected string,
 * found number`), or undefined when every field keeps its rule. Fields no rule names are let be.
 */
export function shapeProblem(rules: FieldRules, data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return `data: expected an object, found ${kindOf(data)}`;
  }
  for (const { field, rule, kind, optional, nullable } of compiledRules(rules)) {
    const value: unknown = ownField(data, field) ? Reflect.get(data, field) : undefined;
    if (value === undefined) {
      if (optional) continue;
      return `field "${field}": expected ${rule}, but it is missing`;
    }
    const found = kindOf(value);
    if (found === kind || (nullable && found === 'null')) continue;
    return `field "${field}": expected ${rule}, found ${found}`;
  }
  return undefined;
}
