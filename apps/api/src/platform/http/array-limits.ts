import { getMetadataStorage } from 'class-validator';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import type { FieldProblem } from './field-problems';

type RequestClass = abstract new (...args: never[]) => unknown;

interface ClassLimits {
  /** The most elements each list field takes (ArrayMaxSize). */
  maxSizes: Map<string, number>;
  /** The request class of each nested field (class-transformer's @Type). */
  nested: Map<string, RequestClass>;
}

const cache = new WeakMap<RequestClass, ClassLimits>();

function limitsOf(type: RequestClass): ClassLimits {
  const known = cache.get(type);
  if (known) return known;
  const limits: ClassLimits = { maxSizes: new Map(), nested: new Map() };
  const rules = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
  for (const rule of rules) {
    const max: unknown = (rule.constraints as unknown[] | undefined)?.[0];
    if (rule.name === 'arrayMaxSize' && typeof max === 'number') {
      limits.maxSizes.set(rule.propertyName, max);
    }
    const typed = defaultMetadataStorage.findTypeMetadata(type, rule.propertyName);
    const nestedType: unknown = typed?.typeFunction();
    if (typeof nestedType === 'function' && nestedType !== Number && nestedType !== String) {
      limits.nested.set(rule.propertyName, nestedType as RequestClass);
    }
  }
  cache.set(type, limits);
  return limits;
}

/**
 * The list fields of a raw request that hold more elements than they take, found before any
 * element is transformed or validated: a list of thousands of bad elements costs no more than a
 * list of one. Nested request objects are looked into as far as their lists are within bounds.
 */
export function listsOverTheirLimit(raw: unknown, type: RequestClass): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const stack: [unknown, RequestClass, string][] = [[raw, type, '']];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [value, owner, path] = item;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    const limits = limitsOf(owner);
    const fields = value as Record<string, unknown>;
    for (const [property, max] of limits.maxSizes) {
      const list = fields[property];
      if (Array.isArray(list) && list.length > max) {
        const field = path ? `${path}.${property}` : property;
        problems.push({
          field,
          rules: {
            arrayMaxSize: `${field} must contain no more than ${max} elements (it has ${list.length})`,
          },
        });
      }
    }
    for (const [property, nestedType] of limits.nested) {
      const member = fields[property];
      const field = path ? `${path}.${property}` : property;
      const max = limits.maxSizes.get(property);
      if (Array.isArray(member)) {
        if (max !== undefined && member.length > max) continue;
        member.forEach((element: unknown, index) =>
          stack.push([element, nestedType, `${field}.${index}`]),
        );
      } else {
        stack.push([member, nestedType, field]);
      }
    }
  }
  return problems;
}
