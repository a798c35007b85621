import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Type } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { COMMAND_HANDLER_METADATA } from '@nestjs/cqrs/dist/decorators/constants';

/** The controllers and command handlers of a context's command use cases. */
export interface UseCases {
  controllers: Type[];
  handlers: Type[];
}

/** A use case's file of a kind, as the sources (`.ts`) or the build (`.js`) has it. */
function fileOf(folder: string, useCase: string, kind: 'http' | 'handler'): string | undefined {
  return ['ts', 'js']
    .map((extension) => join(folder, useCase, `${useCase}.${kind}.${extension}`))
    .find((file) => existsSync(file));
}

/** The classes a module exports that carry `metadataKey` (a controller's path, a handler's command). */
function classesOf(file: string, metadataKey: string): Type[] {
  // Loaded by name because the folder is the registration: a new use case needs no list entry.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = require(file) as Record<string, unknown>;
  return Object.values(exported).filter(
    (value): value is Type =>
      typeof value === 'function' && Reflect.hasMetadata(metadataKey, value),
  );
}

/**
 * Every command use case of a context (docs/architecture.md, "Add a command"): each sub-folder
 * `<use-case>/` that has a `<use-case>.handler` gives its handler, and its `<use-case>.http` its
 * controller, whose route, roles and OpenAPI description stay where they are written. A folder
 * without a handler (a query kept beside the commands) is left to whoever registers it.
 */
export function useCasesIn(folder: string): UseCases {
  const useCases: UseCases = { controllers: [], handlers: [] };
  const folders = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const useCase of folders) {
    const handler = fileOf(folder, useCase, 'handler');
    if (!handler) continue;
    useCases.handlers.push(...classesOf(handler, COMMAND_HANDLER_METADATA));
    const http = fileOf(folder, useCase, 'http');
    if (http) useCases.controllers.push(...classesOf(http, PATH_METADATA));
  }
  return useCases;
}
