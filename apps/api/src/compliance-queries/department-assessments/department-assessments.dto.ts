import { YearField } from '../compliance-year';

export class DepartmentAssessmentsQuery {
  @YearField()
  year!: number;
}
