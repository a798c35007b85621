import { IsUUID } from 'class-validator';
import { BusinessTime } from '../../platform/http/business-time.decorator';
import { Text } from '../../platform/http/fields';

export class RelieveCadreDto {
  /** The cadre who holds the post now */
  @IsUUID('4')
  cadreId!: string;

  /**
   * When the cadre stops holding the post
   * @example "2026-06-30"
   */
  @BusinessTime()
  effectiveFrom!: string;

  /** @example "Transferred to another post" */
  @Text(500)
  reason!: string;
}
