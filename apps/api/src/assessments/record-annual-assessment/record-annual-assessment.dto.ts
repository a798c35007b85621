import { AssessmentVerdictDto } from '../assessment-verdict.dto';

/** The year's work-safety assessment; the annual report must be in first. */
export class RecordAnnualAssessmentDto extends AssessmentVerdictDto {}
