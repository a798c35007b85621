import { ApiProperty } from '@nestjs/swagger';
import type { DepartmentCasualties } from '@dutyledger/read-models';

export class DepartmentCasualtiesView implements DepartmentCasualties {
  @ApiProperty({ format: 'uuid' }) departmentId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null until the register has it' })
  departmentName!: string | null;
  /** Accidents of the year reported against it */
  accidents!: number;
  /** Deaths, as each accident’s latest update states */
  deaths!: number;
  seriousInjuries!: number;
  /** Direct economic loss in yuan */
  directLossYuan!: number;
}
