import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { POST_RANKS } from '@dutyledger/domain';
import type { PostRank } from '@dutyledger/domain';

export class EstablishPostDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Chosen by the caller, or generated' })
  @IsOptional()
  @IsUUID('4')
  postId?: string;

  @ApiProperty({ format: 'uuid', description: 'The department the post belongs to' })
  @IsUUID('4')
  departmentId!: string;

  @ApiProperty({ example: 'Deputy District Head', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ enum: POST_RANKS })
  @IsIn(POST_RANKS)
  rank!: PostRank;

  @ApiProperty({
    type: [String],
    example: ['mining', 'construction'],
    minItems: 1,
    maxItems: 50,
    description: 'The industries or business lines the post leads',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(/^[a-z0-9][a-z0-9-]{0,79}$/, {
    each: true,
    message: 'each scope item must be a lowercase code of letters, digits and dashes (max 80)',
  })
  businessScope!: string[];
}
