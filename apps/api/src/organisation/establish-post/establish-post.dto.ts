import { EffectiveFrom } from '../../platform/http/business-time.decorator';
import { ArrayMinSize, IsIn, IsUUID } from 'class-validator';
import { POST_RANKS } from '@dutyledger/domain';
import type { PostRank } from '@dutyledger/domain';
import { NewId, ScopeCodes, Name } from '../../platform/http/fields';

export class EstablishPostDto {
  @NewId()
  postId?: string;

  /** The department the post belongs to */
  @IsUUID('4')
  departmentId!: string;

  /** @example "Deputy District Head" */
  @Name(200)
  title!: string;

  @IsIn(POST_RANKS)
  rank!: PostRank;

  /**
   * The industries or business lines the post leads
   * @example ["mining", "construction"]
   */
  @ArrayMinSize(1)
  @ScopeCodes()
  businessScope!: string[];

  @EffectiveFrom('From when the post exists (not before its department)')
  effectiveFrom?: string;
}
