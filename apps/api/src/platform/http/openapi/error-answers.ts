import type { OpenAPIObject } from '@nestjs/swagger';
import type { Route } from './routes';

type Responses = Record<string, { description?: string; content?: unknown }>;

/** The body of every 4xx and 5xx answer (see the error filter). */
const ERROR_ANSWER = {
  type: 'object',
  required: ['statusCode', 'error', 'code', 'message'],
  properties: {
    statusCode: { type: 'integer' },
    error: { type: 'string' },
    code: { type: 'string', example: 'VALIDATION_FAILED' },
    message: { type: 'string' },
    fields: {
      type: 'array',
      maxItems: 50,
      description: 'VALIDATION_FAILED: each bad field with each rule it broke',
      items: {
        type: 'object',
        required: ['field', 'rules'],
        properties: {
          field: { type: 'string', example: 'subjects.0.cadreId' },
          rules: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
    },
    omittedFields: { type: 'integer', description: 'Bad fields beyond the 50 listed' },
  },
};

const ERROR_CONTENT = {
  'application/json': { schema: { $ref: '#/components/schemas/ErrorAnswer' } },
};

/** The answers a route can give whatever it does, by what it takes and who may call it. */
function answersOf(route: Route): Record<string, string> {
  const answers: Record<string, string> = {};
  const takes = (from: string) => route.args.some((argument) => argument.from === from);
  if (takes('body') || takes('query') || takes('param') || route.method === 'get') {
    answers['400'] =
      'VALIDATION_FAILED: a bad or unknown field, query parameter or path parameter, each with its rules';
  }
  if (route.access?.public !== true) {
    answers['401'] = 'No, malformed or expired bearer token';
    answers['403'] = 'The role may not do this';
  }
  // Any body is read (and measured) before the route runs, whether the route reads it or not.
  if (route.method !== 'get') answers['413'] = 'The body is larger than 64 KiB';
  if (route.path.includes('{')) answers['414'] = 'A path parameter is longer than 200 characters';
  return answers;
}

/**
 * Completes the answers of every operation: the 400, 401, 403, 413 and 414 each route can give
 * (kept as described where a route says more), each with the error body's schema.
 */
export function documentErrorAnswers(document: OpenAPIObject, routes: readonly Route[]): void {
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ErrorAnswer: ERROR_ANSWER },
  };
  for (const route of routes) {
    const operation = document.paths[route.path]?.[route.method as 'get'] as
      { responses: Responses } | undefined;
    if (!operation) continue;
    for (const [status, description] of Object.entries(answersOf(route))) {
      operation.responses[status] ??= { description };
    }
    for (const [status, answer] of Object.entries(operation.responses)) {
      if (Number(status) >= 400) answer.content ??= ERROR_CONTENT;
    }
  }
}
