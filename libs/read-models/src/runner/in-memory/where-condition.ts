import { FindOperator } from 'typeorm';
import { keyPart, sameKey } from './memory-index';

/** One property's condition in a `where` of a memory table, as TypeORM's find options give it. */
export type WhereCondition =
  | { kind: 'equal'; value: unknown }
  /** Equal to a value already turned into its key part. */
  | { kind: 'part'; part: string }
  | { kind: 'in'; values: readonly unknown[] }
  | { kind: 'like'; pattern: RegExp };

function likeToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/%/g, '.*').replace(/_/g, '.')}$`, 's');
}

/** The condition a `where` value states: a plain value is an equality; a few operators are known. */
export function conditionOf(value: unknown, tableName: string): WhereCondition {
  if (!(value instanceof FindOperator)) return { kind: 'equal', value };
  const operand: unknown = value.value;
  switch (value.type) {
    case 'isNull':
      return { kind: 'equal', value: null };
    case 'equal':
      return { kind: 'equal', value: operand };
    case 'in':
      if (!Array.isArray(operand)) break;
      return { kind: 'in', values: operand };
    case 'like':
      if (typeof operand !== 'string') break;
      return { kind: 'like', pattern: likeToRegExp(operand) };
    default:
      break;
  }
  throw new Error(`${tableName}: the ${value.type} operator is not supported in memory`);
}

/** Whether a row's entity value meets `condition`. */
export function satisfies(value: unknown, condition: WhereCondition): boolean {
  switch (condition.kind) {
    case 'equal':
      return sameKey(value, condition.value);
    case 'part':
      return keyPart(value) === condition.part;
    case 'in':
      return condition.values.some((candidate) => sameKey(candidate, value));
    case 'like':
      return typeof value === 'string' && condition.pattern.test(value);
  }
}
