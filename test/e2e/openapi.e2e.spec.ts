import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { BUSINESS_TIME_PATTERN } from '../../apps/api/src/platform/http/business-time.decorator';
import {
  MULTI_LINE_TEXT_PATTERN,
  ONE_LINE_TEXT_PATTERN,
  UUID_V4_PATTERN,
} from '../../apps/api/src/platform/http/openapi/rule-schemas';
import { type Route, routesOf } from '../../apps/api/src/platform/http/openapi/routes';
import { isMultiLine } from '../../apps/api/src/platform/http/text-rules';
import { type RunningApp, startApp } from '../support/running-app';

type RequestClass = abstract new (...args: never[]) => unknown;

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  [field: string]: unknown;
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
  security?: Record<string, string[]>[];
}

interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; securitySchemes?: Record<string, Schema> };
  security?: Record<string, string[]>[];
}

const first = (rule: ValidationMetadata): unknown =>
  (rule.constraints as unknown[] | undefined)?.[0];

/**
 * What the document must state for each rule the validators enforce, written out here apart from
 * the code that states it. A rule this table does not know fails the test: a new kind of rule
 * must be given its place in the document.
 */
const EXPECTED: Record<string, (rule: ValidationMetadata) => Partial<Schema>> = {
  isString: () => ({ type: 'string' }),
  isInt: () => ({ type: 'integer' }),
  isBoolean: () => ({ type: 'boolean' }),
  isArray: () => ({ type: 'array' }),
  isNumber: (rule) => {
    const places = (first(rule) as { maxDecimalPlaces?: number } | undefined)?.maxDecimalPlaces;
    return places === undefined
      ? { type: 'number' }
      : { type: 'number', multipleOf: 10 ** -places };
  },
  isUuid: () => ({ type: 'string', format: 'uuid', pattern: UUID_V4_PATTERN }),
  isIn: (rule) => ({ enum: [...(first(rule) as unknown[])] }),
  matches: (rule) => {
    const pattern = first(rule) as RegExp;
    // JSON Schema patterns have no flags: a flagged expression could not be stated truly.
    expect(pattern.flags).toBe('');
    return { type: 'string', pattern: pattern.source };
  },
  minLength: (rule) => ({ minLength: Number(first(rule)) }),
  maxLength: (rule) => ({ maxLength: Number(first(rule)) }),
  min: (rule) => ({ minimum: Number(first(rule)) }),
  max: (rule) => ({ maximum: Number(first(rule)) }),
  arrayMinSize: (rule) => ({ minItems: Number(first(rule)) }),
  arrayMaxSize: (rule) => ({ maxItems: Number(first(rule)) }),
  isBusinessTime: () => ({ type: 'string', pattern: BUSINESS_TIME_PATTERN }),
};

const nameOf = (rule: ValidationMetadata) => rule.name ?? rule.type;

function rulesByProperty(type: RequestClass): Map<string, ValidationMetadata[]> {
  const rules = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const rule of rules) {
    byProperty.set(rule.propertyName, [...(byProperty.get(rule.propertyName) ?? []), rule]);
  }
  return byProperty;
}

describe('the OpenAPI document tells the truth', () => {
  let running: RunningApp;
  let document: Document;
  let routes: Route[];
  /** Every rule checked, as `Class.property rule`, to show the walk covered them. */
  const checked = new Set<string>();

  beforeAll(async () => {
    running = await startApp();
    document = (await (await fetch(`${running.url}/docs/openapi.json`)).json()) as Document;
    routes = routesOf(running.app);
  });
  afterAll(() => running.stop());

  const resolve = (schema: Schema): Schema => {
    const name = schema.$ref?.replace('#/components/schemas/', '');
    return name === undefined ? schema : (document.components.schemas[name] ?? {});
  };

  /** Checks every rule of `property` against its schema (a body property or a query parameter). */
  function checkProperty(
    type: RequestClass,
    property: string,
    rules: ValidationMetadata[],
    schema: Schema | undefined,
    required: boolean,
  ): void {
    const where = `${type.name}.${property}`;
    expect({ where, documented: schema !== undefined }).toEqual({ where, documented: true });
    const own = schema ?? {};
    const optional = rules.some((rule) => nameOf(rule) === 'isOptional');
    expect({ where, required }).toEqual({ where, required: !optional });
    for (const rule of rules) {
      const name = nameOf(rule);
      checked.add(`${where} ${name}`);
      if (name === 'isOptional' || name === 'whitelistValidation') continue;
      if (name === 'nestedValidation') {
        const nested = defaultMetadataStorage.findTypeMetadata(type, property)?.typeFunction();
        const target = rule.each ? (own.items ?? {}) : own;
        expect({ where, ref: target.$ref }).toEqual({
          where,
          ref: `#/components/schemas/${String((nested as RequestClass | undefined)?.name)}`,
        });
        checkClass(nested as RequestClass, resolve(target));
        continue;
      }
      const expected = EXPECTED[name];
      if (expected === undefined)
        throw new Error(`${where}: the rule ${name} has no place in the OpenAPI document`);
      const target = rule.each ? (own.items ?? {}) : own;
      expect({ where, rule: name, schema: target }).toEqual({
        where,
        rule: name,
        schema: expect.objectContaining(expected(rule)) as unknown,
      });
    }
    const plainText = (fields: Schema | undefined) =>
      fields?.type === 'string' &&
      !fields.enum &&
      !fields.format &&
      !rules.some((r) => nameOf(r) === 'matches' || nameOf(r) === 'isBusinessTime');
    for (const text of [own, own.items].filter(plainText)) {
      const pattern = isMultiLine(type.prototype as object, property)
        ? MULTI_LINE_TEXT_PATTERN
        : ONE_LINE_TEXT_PATTERN;
      expect({ where, pattern: text?.pattern }).toEqual({ where, pattern });
    }
    if (rules.some((rule) => nameOf(rule) === 'isArray')) {
      // Every list is bounded, so its size can be checked before its elements (item 4).
      expect({ where, maxItems: typeof own.maxItems }).toEqual({ where, maxItems: 'number' });
    }
  }

  function checkClass(type: RequestClass, schema: Schema): void {
    for (const [property, rules] of rulesByProperty(type)) {
      checkProperty(
        type,
        property,
        rules,
        schema.properties?.[property],
        schema.required?.includes(property) ?? false,
      );
    }
  }

  it('states every rule of every request body, nested object and query string the validators enforce', () => {
    let classes = 0;
    for (const route of routes) {
      const operation = document.paths[route.path]?.[route.method];
      if (!operation) continue;
      for (const argument of route.args) {
        const type = argument.type as RequestClass;
        if (typeof type !== 'function' || argument.name !== undefined) continue;
        if (getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length === 0)
          continue;
        classes += 1;
        if (argument.from === 'body') {
          const schema = operation.requestBody?.content['application/json']?.schema ?? {};
          checkClass(type, resolve(schema));
        } else if (argument.from === 'query') {
          for (const [property, rules] of rulesByProperty(type)) {
            const parameter = operation.parameters?.find(
              (candidate) => candidate.in === 'query' && candidate.name === property,
            );
            checkProperty(type, property, rules, parameter?.schema, parameter?.required ?? false);
          }
        }
      }
    }
    expect(classes).toBeGreaterThanOrEqual(40);
    expect(checked.size).toBeGreaterThan(300);
  });

  it('lists every route, with the formats of its path ids and the patterns of its headers', () => {
    for (const route of routes) {
      const operation = document.paths[route.path]?.[route.method];
      if (route.controller.name === 'DashboardShellController') continue;
      expect({
        route: `${route.method} ${route.path}`,
        documented: operation !== undefined,
      }).toEqual({
        route: `${route.method} ${route.path}`,
        documented: true,
      });
      for (const parameter of operation?.parameters ?? []) {
        if (parameter.in !== 'path') continue;
        const schema = parameter.schema ?? {};
        // A path id says what it is: a UUID (format and pattern), a year (integer), a name (enum).
        const format =
          schema.pattern ?? schema.enum ?? (schema.type === 'integer' ? 'integer' : '');
        expect({ route: route.path, parameter: parameter.name, format: format !== '' }).toEqual({
          route: route.path,
          parameter: parameter.name,
          format: true,
        });
      }
    }
    const headers = document.paths['/cases']?.post?.parameters ?? [];
    expect(
      headers
        .filter((header) => header.in === 'header')
        .map((header) => [header.name, header.schema?.pattern]),
    ).toEqual([
      ['Idempotency-Key', '^[A-Za-z0-9._:-]{8,100}$'],
      ['If-Match', '^(?:W/)?"?\\d{1,18}"?$'],
      ['X-Correlation-Id', '^[A-Za-z0-9._:-]{1,100}$'],
    ]);
  });

  it('asks a bearer token of every operation but the public ones, as the auth guard does', () => {
    expect(document.components.securitySchemes).toEqual({
      bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
    });
    const asked: Record<string, string> = {};
    const expected: Record<string, string> = {};
    let publicOperations = 0;
    for (const route of routes) {
      const operation = document.paths[route.path]?.[route.method];
      if (!operation) continue;
      const name = `${route.method} ${route.path}`;
      // An operation's own `security` replaces the document's (OpenAPI 3, "Operation Object").
      asked[name] = JSON.stringify(operation.security ?? document.security ?? []);
      const isPublic = route.access?.public === true;
      if (isPublic) publicOperations += 1;
      expected[name] = JSON.stringify(isPublic ? [] : [{ bearer: [] }]);
    }
    expect(asked).toEqual(expected);
    // Health (3) and the catalogues of the dashboard's words are open; the rest is not.
    expect(publicOperations).toBeGreaterThanOrEqual(4);
    expect(Object.keys(asked).length - publicOperations).toBeGreaterThan(50);
  });

  it('states the answers every route can give: 400, 401, 403, 414 with the error schema, 201 with the command answer', () => {
    for (const route of routes) {
      const operation = document.paths[route.path]?.[route.method];
      if (!operation) continue;
      const statuses = Object.keys(operation.responses);
      const expected = ['400'];
      if (route.access?.public !== true) expected.push('401', '403');
      if (route.path.includes('{')) expected.push('414');
      if (route.method === 'post') expected.push('201', '413');
      expect({ route: `${route.method} ${route.path}`, statuses }).toEqual({
        route: `${route.method} ${route.path}`,
        statuses: expect.arrayContaining(expected) as unknown,
      });
      for (const status of expected.filter((code) => Number(code) >= 400)) {
        expect(operation.responses[status]?.content?.['application/json']?.schema).toEqual({
          $ref: '#/components/schemas/ErrorAnswer',
        });
      }
      if (route.method === 'post') {
        expect(
          resolve(operation.responses['201']?.content?.['application/json']?.schema ?? {}),
        ).toMatchObject({
          required: ['id', 'revision', 'position'],
        });
      }
    }
  });

  it('answers as it says: a path id over 200 characters is a 414 with the error body', async () => {
    const answer = await fetch(`${running.url}/departments/${'a'.repeat(201)}`, {
      headers: { authorization: `Bearer ${running.token('VIEWER')}` },
    });
    expect(answer.status).toBe(414);
    expect(await answer.json()).toMatchObject({
      statusCode: 414,
      code: expect.any(String) as string,
    });
  });
});
