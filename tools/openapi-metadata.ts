/**
 * Writes apps/api/src/openapi-metadata.ts: what the `@nestjs/swagger` compiler plugin reads from
 * the DTOs and views (property names and types, optional `?`, enums, class-validator rules, and
 * doc comments as descriptions and `@example`s), so that a DTO is described once, by its class.
 * The api runs through SWC (no Nest CLI compile), so the plugin's metadata is generated here and
 * committed; `SwaggerModule.loadPluginMetadata` loads it at start, and `npm run lint` fails when
 * it is stale (`--check`; run `npm run openapi:metadata` after changing a DTO or a view).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PluginMetadataGenerator } from '@nestjs/cli/lib/compiler/plugins/plugin-metadata-generator';
import { ReadonlyVisitor } from '@nestjs/swagger/plugin';

export const ROOT = join(__dirname, '..');
export const API_SOURCE = join(ROOT, 'apps', 'api', 'src');
export const METADATA_FILE = 'openapi-metadata.ts';

/** Generates the metadata into `outputDir` (the api's sources unless told otherwise). */
export function generateOpenApiMetadata(
  outputDir: string = API_SOURCE,
  filename: string = METADATA_FILE,
): void {
  new PluginMetadataGenerator().generate({
    visitors: [
      new ReadonlyVisitor({
        pathToSource: API_SOURCE,
        introspectComments: true,
        classValidatorShim: true,
        dtoFileNameSuffix: ['.dto.ts', '.view.ts'],
        // Answers are documented by the controllers' own decorators; only models come from here.
        controllerFileNameSuffix: ['.no-controller.ts'],
      }),
    ],
    outputDir,
    filename,
    // Read by the Nest CLI from the working directory: the api's sources at the root (the script runs from there).
    tsconfigPath: 'tsconfig.openapi.json',
    printDiagnostics: false,
  });
}

/** Whether the committed metadata is what the DTOs and views say today (nothing is written). */
export function openApiMetadataIsFresh(): boolean {
  const fresh = `openapi-metadata.check-${process.pid}.ts`;
  try {
    generateOpenApiMetadata(API_SOURCE, fresh);
    const committed = readFileSync(join(API_SOURCE, METADATA_FILE), 'utf8');
    return readFileSync(join(API_SOURCE, fresh), 'utf8') === committed;
  } finally {
    rmSync(join(API_SOURCE, fresh), { force: true });
  }
}

if (require.main === module) {
  if (!process.argv.includes('--check')) generateOpenApiMetadata();
  else if (!openApiMetadataIsFresh()) {
    console.error(
      `${join('apps', 'api', 'src', METADATA_FILE)} is stale: run npm run openapi:metadata and commit it`,
    );
    process.exitCode = 1;
  }
}
