import type { DutyCategory } from './duty.events';

export interface CoverageDuty {
  readonly status: 'ACTIVE' | 'REVOKED';
  readonly category: DutyCategory;
  readonly industries: readonly string[];
}

export interface Coverage {
  /** scope items with at least one active work-safety duty covering them */
  readonly covered: readonly string[];
  /** scope items without one: the coverage gaps */
  readonly gaps: readonly string[];
}

/**
 * "One post, two responsibilities", measured: each item of the post's business scope is covered
 * when at least one active work-safety duty of the post covers it. Business duties and revoked
 * duties cover nothing. Items keep the order of the business scope.
 */
export function coverage(
  businessScope: readonly string[],
  duties: readonly CoverageDuty[],
): Coverage {
  const safeguarded = new Set(
    duties
      .filter((duty) => duty.status === 'ACTIVE' && duty.category === 'WORK_SAFETY')
      .flatMap((duty) => duty.industries),
  );
  const items = [...new Set(businessScope)];
  return {
    covered: items.filter((item) => safeguarded.has(item)),
    gaps: items.filter((item) => !safeguarded.has(item)),
  };
}
