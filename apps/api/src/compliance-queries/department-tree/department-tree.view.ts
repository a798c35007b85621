import { ApiProperty } from '@nestjs/swagger';
import { DepartmentView } from '../department.view';

export class DepartmentNodeView extends DepartmentView {
  @ApiProperty({ type: () => [DepartmentNodeView], description: 'Governments first, then by name' })
  children!: DepartmentNodeView[];
}
