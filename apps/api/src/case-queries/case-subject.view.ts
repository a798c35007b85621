import { ApiProperty } from '@nestjs/swagger';
import type { NamedSubject } from '@dutyledger/read-models';

/** A subject of a case: a cadre with the post held, and their names. */
export class CaseSubjectView implements NamedSubject {
  @ApiProperty({ format: 'uuid' })
  cadreId!: string;

  /** null when not known yet */
  name!: string | null;

  @ApiProperty({ format: 'uuid' })
  postId!: string;

  postTitle!: string | null;
}
