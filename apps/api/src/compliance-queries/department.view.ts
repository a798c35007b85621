import { ApiProperty } from '@nestjs/swagger';
import { DEPARTMENT_KINDS, DEPARTMENT_LEVELS } from '@dutyledger/domain';

export class DepartmentView {
  @ApiProperty({ format: 'uuid' }) departmentId!: string;
  name!: string;
  @ApiProperty({ enum: DEPARTMENT_LEVELS }) level!: string;
  @ApiProperty({ enum: DEPARTMENT_KINDS }) kind!: string;
  @ApiProperty({ type: String, format: 'uuid' }) parentId!: string | null;
  supervisionAuthority!: boolean;
}
