/**
 * Writes apps/api/src/openapi-metadata.ts: what the `@nestjs/swagger` compiler plugin reads from
 * the DTOs and views (property names and types, optional `?`, enums, class-validator rules, and
 * doc comments as descriptions and `@example`s), so that a DTO is described once, by its class.
 * The api runs through SWC (no Nest CLI compile), so the plugin's metadata is generated here and
 * committed; `SwaggerModule.loadPluginMetadata` loads it at start, and a test fails when it is
 * stale (`npm run openapi:metadata` after changing a DTO or a view).
 */
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

if (require.main === module) generateOpenApiMetadata();
