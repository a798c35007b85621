import { ApiProperty } from '@nestjs/swagger';
import type { DepartmentAccidents } from '@dutyledger/read-models';
import { AccidentsByGradeView } from '../compliance.view';

export class DepartmentAccidentsView implements DepartmentAccidents {
  @ApiProperty({ format: 'uuid' }) departmentId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null until the register has it' })
  departmentName!: string | null;
  /** The year’s accidents reported against it (its own, not those under it), by latest grade */
  accidents!: AccidentsByGradeView;
  /** Those accidents, each weighed by its grade (`accidentWeights`) */
  weighted!: number;
}

export class AccidentsByDepartmentPage {
  year!: number;
  /** How much one accident of each grade weighs, as the accident indicator weighs it */
  accidentWeights!: AccidentsByGradeView;
  /** One page of the departments with an accident in the year, the gravest first */
  @ApiProperty({ type: [DepartmentAccidentsView] }) items!: DepartmentAccidentsView[];
  /** The page answered (from 1) */
  page!: number;
  /** Departments per page */
  pageSize!: number;
  /** Departments with an accident in the year, on every page together */
  total!: number;
}
