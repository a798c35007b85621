import { DepartmentView } from '../department.view';

export class ListedDepartmentView extends DepartmentView {
  /** How many departments hang directly under it */
  childCount!: number;
}

export class DepartmentPage {
  items!: ListedDepartmentView[];
  page!: number;
  pageSize!: number;
  total!: number;
}
