import { EffectiveFrom } from '../../platform/http/business-time.decorator';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMinSize, IsIn, IsUUID } from 'class-validator';
import { POST_RANKS } from '@dutyledger/domain';
import type { PostRank } from '@dutyledger/domain';
import { NewId, ScopeCodes, Name } from '../../platform/http/fields';

export class EstablishPostDto {
  @NewId()
  postId?: string;

  @ApiProperty({ format: 'uuid', description: 'The department the post belongs to' })
  @IsUUID('4')
  departmentId!: string;

  @ApiProperty({ example: 'Deputy District Head', maxLength: 200 })
  @Name(200)
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
  @ArrayMinSize(1)
  @ScopeCodes()
  businessScope!: string[];

  @EffectiveFrom('From when the post exists (not before its department)')
  effectiveFrom?: string;
}
