import { DepartmentView } from '../department.view';

export class DepartmentNodeView extends DepartmentView {
  /** Governments first, then by name */
  children!: DepartmentNodeView[];
}
