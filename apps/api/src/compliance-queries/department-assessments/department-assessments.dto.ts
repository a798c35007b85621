import { ListComplianceQuery } from '../list-compliance/list-compliance.dto';

/** Paged and filtered as GET /compliance is: year, page, pageSize, department, parentId. */
export class DepartmentAssessmentsQuery extends ListComplianceQuery {}
