import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { API_SOURCE, METADATA_FILE, generateOpenApiMetadata } from './openapi-metadata';

/** The committed plugin metadata is what the DTOs and views say today. */
describe('the OpenAPI plugin metadata', () => {
  it('is up to date with the DTOs and views (else: npm run openapi:metadata)', () => {
    const fresh = `openapi-metadata.check-${process.pid}.ts`;
    try {
      generateOpenApiMetadata(API_SOURCE, fresh);
      expect(readFileSync(join(API_SOURCE, fresh), 'utf8')).toBe(
        readFileSync(join(API_SOURCE, METADATA_FILE), 'utf8'),
      );
    } finally {
      rmSync(join(API_SOURCE, fresh), { force: true });
    }
  }, 300_000);
});
