import { ApiProperty } from '@nestjs/swagger';
import { DepartmentView } from '../department.view';

export class ListedDepartmentView extends DepartmentView {
  @ApiProperty({ description: 'How many departments hang directly under it' })
  childCount!: number;
}

export class DepartmentPage {
  @ApiProperty({ type: [ListedDepartmentView] }) items!: ListedDepartmentView[];
  page!: number;
  pageSize!: number;
  total!: number;
}
