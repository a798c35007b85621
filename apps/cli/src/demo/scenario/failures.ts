import type { AdverseEffect, FailureKind } from '@dutyledger/domain';
import type { DemoDuty } from './duties';

export interface DemoFailure {
  readonly key: string;
  readonly dutyKey: string;
  /** days before the load */
  readonly days: number;
  readonly kind: FailureKind;
  /** what kind of failure, in words, for kind OTHER */
  readonly otherKind?: string;
  /** said of a failure on a business duty that harmed work safety */
  readonly safetyImpact?: boolean;
  readonly adverseEffect: AdverseEffect;
  readonly description: string;
  readonly evidence: string;
}

const failure = (
  key: string,
  dutyKey: string,
  days: number,
  kind: FailureKind,
  adverseEffect: AdverseEffect,
  description: string,
  evidence: string,
  extra: Pick<DemoFailure, 'otherKind' | 'safetyImpact'> = {},
): DemoFailure => ({ key, dutyKey, days, kind, adverseEffect, description, evidence, ...extra });

/**
 * Failures to perform, each dated when it happened. Several came to light weeks or months later
 * (an audit, an accident investigation): the load records them all on its day, and the cases that
 * rest on them are opened after they came to light.
 */
export const DEMO_FAILURES: readonly DemoFailure[] = [
  failure(
    'pine-vacant',
    'pine/deputy/safety',
    290,
    'INSPECTION_NOT_ORGANISED',
    'MINOR',
    'The monthly inspection of the Pine chemical workshops was not carried out: the post was vacant and no one stood in',
    'Westhill district inspection register, Pine Township',
  ),
  failure(
    'lotus-late',
    'lotus/deputy/safety',
    45,
    'INSPECTION_NOT_ORGANISED',
    'MINOR',
    'The monthly inspection of the Lotus construction sites was skipped; it came to light at the district audit six weeks later',
    'Eastbank district audit report, Lotus Township section',
  ),
  failure(
    'harbour-deputy',
    'harbour/deputy/safety',
    330,
    'HAZARD_NOT_RECTIFIED',
    'SERIOUS',
    'Gas leak warnings at Harbour wharf were not followed up by the monthly inspection; a storage tank leaked for two days',
    'Inspection log and two unanswered warning notices',
  ),
  failure(
    'harbour-licence',
    'northport-housing/director/business',
    345,
    'LAX_LICENSING_OR_APPROVAL',
    'SERIOUS',
    'The gas-supply operating licence of the Harbour wharf depot was renewed although its leak detection had been out of order for months',
    'Licence renewal file and the depot’s maintenance record',
    { safetyImpact: true },
  ),
  failure(
    'westhill-deputy',
    'westhill/deputy/safety',
    200,
    'INSPECTION_NOT_ORGANISED',
    'SERIOUS',
    'The quarterly inspection of the Westhill tailings ponds was not carried out; a dam seepage went unnoticed for weeks',
    'Quarterly inspection plan and the seepage report of the mine',
  ),
  failure(
    'maple-deputy',
    'maple/deputy/safety',
    150,
    'INSPECTION_NOT_ORGANISED',
    'MINOR',
    'The monthly inspection of the Maple workshops was postponed by three weeks',
    'Township inspection register',
  ),
  failure(
    'bay-deputy',
    'bay/deputy/safety',
    400,
    'SUPERVISION_TASK_NOT_PERFORMED',
    'SERIOUS',
    'The monthly inspection of the Bay chemical warehouses recorded no findings although storage limits were exceeded',
    'Inspection record and the warehouse stock ledger',
  ),
  failure(
    'transport-deputy',
    'riverside-transport/deputy/safety',
    520,
    'OTHER',
    'MINOR',
    'The quarterly road-transport inspection report was not filed',
    'Bureau filing register',
    { otherKind: 'Inspection report not filed with the bureau' },
  ),
  failure(
    'cedar-deputy',
    'cedar/deputy/safety',
    90,
    'INSPECTION_NOT_ORGANISED',
    'NONE',
    'The monthly inspection was held ten days late; nothing came of it',
    'Township inspection register',
  ),
  failure(
    'eastbank-em',
    'eastbank-em/director/safety',
    610,
    'SUPERVISION_TASK_NOT_PERFORMED',
    'MINOR',
    'Enforcement inspections of two manufacturing plants were cancelled without reason',
    'Bureau inspection plan and cancellation notes',
  ),
  failure(
    'westhill-em',
    'westhill-em/director/safety',
    640,
    'SUPERVISION_TASK_NOT_PERFORMED',
    'NONE',
    'The monthly enforcement report was filed a week late',
    'Bureau filing register',
  ),
  failure(
    'northport-deputy',
    'northport/deputy/safety',
    395,
    'INSPECTION_NOT_ORGANISED',
    'NONE',
    'The quarterly inspection of the Northport wharves was shortened to half a day',
    'Inspection schedule',
  ),
  failure(
    'reed-deputy',
    'reed/deputy/safety',
    215,
    'ILLEGAL_ACTIVITY_TOLERATED',
    'SERIOUS',
    'Overloaded quarry trucks on the Reed county road were reported and not inspected',
    'Two citizen reports and the township reply',
  ),
  failure(
    'willow-head',
    'willow/head/safety',
    240,
    'SAFETY_PLAN_NOT_IMPLEMENTED',
    'MINOR',
    'The quarterly work-safety committee of Willow Township did not meet',
    'Committee minutes book',
  ),
  failure(
    'housing-deputy',
    'riverside-housing/deputy/safety',
    100,
    'INSPECTION_NOT_ORGANISED',
    'SERIOUS',
    'The quarterly inspection of high-rise construction sites left out the Eastbank tower cranes',
    'Inspection plan and site list',
  ),
  failure(
    'education-budget',
    'riverside-education/director/business',
    160,
    'OTHER',
    'MINOR',
    'The school-building maintenance budget was submitted to the finance bureau five weeks late',
    'Finance bureau receipt register',
    { otherKind: 'Budget submitted late' },
  ),
];

/** Does a failure count for work safety (grounds, compliance, assessment)? */
export function isWorkSafetyFailure(failure: DemoFailure, duties: readonly DemoDuty[]): boolean {
  const duty = duties.find((candidate) => candidate.key === failure.dutyKey);
  return duty?.category === 'WORK_SAFETY' || failure.safetyImpact === true;
}
