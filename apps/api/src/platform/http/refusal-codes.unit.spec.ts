import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as domain from '@dutyledger/domain';
import { LANGS, hasMessage } from '@dutyledger/i18n';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');

/** Every source file (not a spec) of apps/ and libs/. */
function sources(): string[] {
  return ['apps', 'libs'].flatMap((folder) =>
    readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .filter((entry) => !/\.(spec|fixtures)\.ts$/.test(entry.name))
      .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8')),
  );
}

/** `code: 'X'` literals that are not refusals. */
const NOT_REFUSALS = new Set([
  'DEMERIT', // a term's code in a message parameter
  'ECONNREFUSED', // a socket error's code
]);

/**
 * The statuses the api answers without a code of its own (Nest's exceptions and Fastify's
 * refusals: body too large, wrong content type, address too long...), said by their name.
 */
const STATUS_CODES = [
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'NOT_ACCEPTABLE',
  'CONFLICT',
  'GONE',
  'PAYLOAD_TOO_LARGE',
  'URI_TOO_LONG',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNPROCESSABLE_ENTITY',
  'TOO_MANY_REQUESTS',
  'REQUEST_HEADER_FIELDS_TOO_LARGE',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
];

function emittedCodes(): Set<string> {
  const codes = new Set<string>(STATUS_CODES);
  for (const [name, value] of Object.entries(domain as Record<string, unknown>)) {
    if (name.endsWith('_ERRORS') && typeof value === 'object' && value !== null) {
      for (const code of Object.values(value)) codes.add(String(code));
    }
    if (/^BUSINESS_TIME_[A-Z_]+$/.test(name) && typeof value === 'string') codes.add(value);
  }
  for (const text of sources()) {
    for (const [, entity = ''] of text.matchAll(/new UnknownEntityError\(\s*'([a-z-]+)'/g)) {
      codes.add(`${entity.toUpperCase().replace(/-/g, '_')}_NOT_FOUND`);
    }
    for (const [, code = ''] of text.matchAll(/\bcode: '([A-Z][A-Z_]+)'/g)) codes.add(code);
    for (const [, code = ''] of text.matchAll(/DomainError\(\s*'([A-Z][A-Z_]+)'/g)) codes.add(code);
    for (const [, code = ''] of text.matchAll(/body\(\d{3}, '([A-Z][A-Z_]+)'/g)) codes.add(code);
  }
  for (const code of NOT_REFUSALS) codes.delete(code);
  return codes;
}

describe('the codes of api refusals', () => {
  it('each have a message in both languages (any new code included)', () => {
    const codes = emittedCodes();
    expect(codes.size).toBeGreaterThan(150);
    expect(codes).toContain('CASE_NOT_FOUND');
    expect(codes).toContain('IDEMPOTENCY_KEY_REUSED');
    for (const code of codes) {
      for (const lang of LANGS) {
        expect({ code, lang, said: hasMessage(lang, `errors.${code}`) }).toEqual({
          code,
          lang,
          said: true,
        });
      }
    }
  });
});
