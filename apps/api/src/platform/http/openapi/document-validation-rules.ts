import { ApiProperty } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { isMultiLine } from '../text-rules';
import {
  MULTI_LINE_TEXT_PATTERN,
  ONE_LINE_TEXT_PATTERN,
  type SchemaFields,
  ruleName,
  schemaOfRule,
} from './rule-schemas';

type RequestClass = abstract new (...args: never[]) => unknown;

/** Every request class class-validator knows, with the rules declared on it (not inherited). */
export function validatedClasses(): Map<RequestClass, ValidationMetadata[]> {
  // The storage keeps its map private; reading it is the only way to list every validated class.
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<unknown, ValidationMetadata[]>;
  };
  const classes = new Map<RequestClass, ValidationMetadata[]>();
  for (const [target, rules] of storage.validationMetadatas) {
    if (typeof target === 'function') classes.set(target as RequestClass, rules);
  }
  return classes;
}

/** The text rule a plain string field meets, as a pattern (when no other pattern says more). */
function withTextRule(fields: SchemaFields, multiLine: boolean): SchemaFields {
  const plain = fields.type === 'string' && !fields.pattern && !fields.enum && !fields.format;
  if (!plain) return fields;
  return { ...fields, pattern: multiLine ? MULTI_LINE_TEXT_PATTERN : ONE_LINE_TEXT_PATTERN };
}

/** What the rules of one property say in OpenAPI: its own schema, and its items' for a list. */
export function propertySchema(
  owner: object,
  property: string,
  rules: readonly ValidationMetadata[],
): { own: SchemaFields; items: SchemaFields; optional: boolean } {
  let own: SchemaFields = {};
  let items: SchemaFields = {};
  let optional = false;
  for (const rule of rules) {
    if (ruleName(rule) === 'isOptional') optional = true;
    const fields = schemaOfRule(rule);
    if (!fields) continue;
    if (rule.each) items = { ...items, ...fields };
    else own = { ...own, ...fields };
  }
  // A nested object or list of them keeps the type @ApiProperty gives it: the $ref of its class.
  if (rules.some((rule) => ruleName(rule) === 'nestedValidation')) delete own.type;
  const multiLine = isMultiLine(owner, property);
  return { own: withTextRule(own, multiLine), items: withTextRule(items, multiLine), optional };
}

/**
 * States every rule the validators enforce in the OpenAPI document: for each property of each
 * validated request class (bodies, nested objects, query strings), the rules are turned into
 * schema fields and merged into the property's Swagger metadata, over what its @ApiProperty
 * says by hand. Run once, before the document is built, so fields added later are described too.
 */
export function documentValidationRules(): void {
  for (const [target, rules] of validatedClasses()) {
    const byProperty = new Map<string, ValidationMetadata[]>();
    for (const rule of rules) {
      byProperty.set(rule.propertyName, [...(byProperty.get(rule.propertyName) ?? []), rule]);
    }
    for (const [property, propertyRules] of byProperty) {
      const { own, items, optional } = propertySchema(
        target.prototype as object,
        property,
        propertyRules,
      );
      const options: Record<string, unknown> = { ...own };
      if (Object.keys(items).length > 0) options.items = items;
      if (optional) options.required = false;
      ApiProperty(options)(target.prototype as object, property);
    }
  }
}
