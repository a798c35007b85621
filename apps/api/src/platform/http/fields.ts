import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { MultiLine } from './text-rules';

/** The field kinds that recur across request bodies, each with its limits in one place. */

/** The id of the thing a command creates: chosen by the caller (a UUID v4) or generated. */
export const NewId = () =>
  applyDecorators(
    ApiPropertyOptional({ format: 'uuid', description: 'Chosen by the caller, or generated' }),
    IsOptional(),
    IsUUID('4'),
  );

const NOT_EMPTY = '$property must not be empty';
const atMost = (maxLength: number) => `$property must be at most ${maxLength} characters`;

/**
 * Free text that must say something, up to `maxLength` characters; it may run over several lines
 * (line feeds and tabs), never hold other control characters.
 */
export const Text = (maxLength: number) =>
  applyDecorators(
    IsString(),
    MinLength(1, { message: NOT_EMPTY }),
    MaxLength(maxLength, { message: atMost(maxLength) }),
    MultiLine(),
  );

/** A name, title or other one-line text: 1 to `maxLength` characters, no control characters. */
export const Name = (maxLength: number) =>
  applyDecorators(
    IsString(),
    MinLength(1, { message: NOT_EMPTY }),
    MaxLength(maxLength, { message: atMost(maxLength) }),
  );

const SCOPE_CODE = /^[a-z0-9][a-z0-9-]{0,79}$/;
const SCOPE_CODE_RULE = 'a lowercase code of letters, digits and dashes (max 80)';

/** An industry or business line, as a code such as `hazardous-chemicals`. */
export const ScopeCode = () =>
  applyDecorators(
    IsString(),
    Matches(SCOPE_CODE, { message: `$property must be ${SCOPE_CODE_RULE}` }),
  );

/** A list of industries or business lines (at most 50). */
export const ScopeCodes = () =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(50),
    IsString({ each: true }),
    Matches(SCOPE_CODE, { each: true, message: `each of $property must be ${SCOPE_CODE_RULE}` }),
  );
