import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/** `rollup=true` takes in every department under the one named; `false` (the default) not. */
export const RollupField = () =>
  applyDecorators(
    ApiPropertyOptional({
      enum: ['true', 'false'],
      default: 'false',
      description: 'Include every department under this one (township -> district -> municipality)',
    }),
    IsOptional(),
    IsIn(['true', 'false']),
  );
