import type { AdverseEffect, Cadence, DutyCategory, Principle } from '@dutyledger/domain';
import type { DemoCalendar, DemoPeriod } from '../demo-calendar';
import type { DemoChain, DemoCommand, DemoPhase } from '../demo-command';
import { ids } from './ids';
import type { DemoOrganisation, DemoPost } from './organisation';

export interface DemoDuty {
  readonly key: string;
  readonly postKey: string;
  readonly category: DutyCategory;
  readonly title: string;
  readonly principle: Principle | null;
  readonly industries: readonly string[];
  readonly cadence: Cadence;
  readonly basis: string;
  /** changed at the end of the two years, after its history is recorded */
  readonly amendment?: { readonly cadence: Cadence; readonly reason: string };
  readonly revocation?: string;
}

export interface DemoFailure {
  readonly key: string;
  readonly dutyKey: string;
  /** days before the load */
  readonly days: number;
  readonly adverseEffect: AdverseEffect;
  readonly description: string;
  readonly evidence: string;
}

const LAW = 'Work Safety Law, art. 3 and art. 9';
const LEADERS =
  'Provisions on the Work-Safety Responsibility of Party and Government Leaders, art. 5';

/** Posts whose safety duty leaves part of their business scope uncovered (coverage gaps). */
const GAPS: Readonly<Record<string, number>> = {
  'eastbank/deputy': 1,
  'riverside/deputy-urban': 3,
};

const isGovernmentPrincipal = (post: DemoPost, organisation: DemoOrganisation): boolean =>
  post.rank === 'PRINCIPAL' && organisation.department(post.departmentKey).kind === 'GOVERNMENT';

function safetyDuty(post: DemoPost, organisation: DemoOrganisation): DemoDuty {
  const department = organisation.department(post.departmentKey);
  const industries = post.businessScope.slice(0, GAPS[post.key] ?? post.businessScope.length);
  const scope = industries.join(', ');
  if (isGovernmentPrincipal(post, organisation)) {
    return {
      key: `${post.key}/safety`,
      postKey: post.key,
      category: 'WORK_SAFETY',
      title: `Chair the quarterly work-safety committee of the ${department.name}`,
      principle: 'IN_CHARGE',
      industries,
      cadence: 'QUARTERLY',
      basis: LEADERS,
    };
  }
  const monthly = department.key.endsWith('-em') || department.level === 'TOWNSHIP';
  const schools = industries.every((industry) => industry === 'school-safety');
  return {
    key: `${post.key}/safety`,
    postKey: post.key,
    category: 'WORK_SAFETY',
    title: monthly
      ? `Monthly hidden-hazard inspection of ${scope} enterprises`
      : `Quarterly work-safety inspection of the ${scope} sector`,
    principle: schools ? 'MANAGES_BUSINESS' : 'MANAGES_INDUSTRY',
    industries,
    cadence: monthly ? 'MONTHLY' : 'QUARTERLY',
    basis: LAW,
    ...(post.key === 'northport/deputy'
      ? {
          amendment: {
            cadence: 'MONTHLY' as const,
            reason: 'Monthly inspections required by the municipal plan after the Bay explosion',
          },
        }
      : {}),
  };
}

export function demoDuties(organisation: DemoOrganisation): DemoDuty[] {
  const duties = organisation.posts.flatMap((post): DemoDuty[] => [
    {
      key: `${post.key}/business`,
      postKey: post.key,
      category: 'BUSINESS',
      title: `Lead the ${post.businessScope.join(', ')} work of the post`,
      principle: null,
      industries: post.businessScope,
      cadence: 'ANNUAL',
      basis: 'Post responsibility list of the municipal organisation department',
    },
    safetyDuty(post, organisation),
  ]);
  duties.push(
    {
      key: 'riverside/mayor/statements',
      postKey: 'riverside/mayor',
      category: 'WORK_SAFETY',
      title: 'Sign the annual work-safety responsibility statements with the district heads',
      principle: 'IN_CHARGE',
      industries: ['mining', 'hazardous-chemicals', 'construction'],
      cadence: 'ANNUAL',
      basis: LEADERS,
    },
    {
      key: 'riverside-em/director/plan',
      postKey: 'riverside-em/director',
      category: 'WORK_SAFETY',
      title: 'Draw up the municipal work-safety emergency plan',
      principle: 'MANAGES_INDUSTRY',
      industries: ['hazardous-chemicals', 'mining'],
      cadence: 'ONCE',
      basis: 'Emergency Response Law, art. 17',
    },
    {
      key: 'riverside-transport/director/ferries',
      postKey: 'riverside-transport/director',
      category: 'WORK_SAFETY',
      title: 'Quarterly safety inspection of the ferry operators',
      principle: 'MANAGES_INDUSTRY',
      industries: ['waterway-transport'],
      cadence: 'QUARTERLY',
      basis: LAW,
      revocation: 'Ferry supervision transferred to the Riverside Maritime Safety Administration',
    },
  );
  return duties;
}

const failure = (
  key: string,
  dutyKey: string,
  days: number,
  adverseEffect: AdverseEffect,
  description: string,
  evidence: string,
): DemoFailure => ({ key, dutyKey, days, adverseEffect, description, evidence });

export const DEMO_FAILURES: readonly DemoFailure[] = [
  failure(
    'pine-vacant',
    'pine/deputy/safety',
    280,
    'MINOR',
    'The monthly inspection of the Pine chemical workshops was not carried out: the post was vacant and no one stood in',
    'Westhill district inspection register, Pine Township',
  ),
  failure(
    'lotus-late',
    'lotus/deputy/safety',
    45,
    'MINOR',
    'The monthly inspection of the Lotus construction sites was skipped; it came to light at the district audit six weeks later',
    'Eastbank district audit report, Lotus Township section',
  ),
  failure(
    'harbour-deputy',
    'harbour/deputy/safety',
    330,
    'SERIOUS',
    'Gas leak warnings at Harbour wharf were not followed up by the monthly inspection; a storage tank leaked for two days',
    'Inspection log and two unanswered warning notices',
  ),
  failure(
    'westhill-deputy',
    'westhill/deputy/safety',
    200,
    'SERIOUS',
    'The quarterly inspection of the Westhill tailings ponds was not carried out; a dam seepage went unnoticed for weeks',
    'Quarterly inspection plan and the seepage report of the mine',
  ),
  failure(
    'maple-deputy',
    'maple/deputy/safety',
    150,
    'MINOR',
    'The monthly inspection of the Maple workshops was postponed by three weeks',
    'Township inspection register',
  ),
  failure(
    'bay-deputy',
    'bay/deputy/safety',
    400,
    'SERIOUS',
    'The monthly inspection of the Bay chemical warehouses recorded no findings although storage limits were exceeded',
    'Inspection record and the warehouse stock ledger',
  ),
  failure(
    'transport-deputy',
    'riverside-transport/deputy/safety',
    520,
    'MINOR',
    'The quarterly road-transport inspection report was not filed',
    'Bureau filing register',
  ),
  failure(
    'cedar-deputy',
    'cedar/deputy/safety',
    90,
    'NONE',
    'The monthly inspection was held ten days late; nothing came of it',
    'Township inspection register',
  ),
  failure(
    'eastbank-em',
    'eastbank-em/director/safety',
    610,
    'MINOR',
    'Enforcement inspections of two manufacturing plants were cancelled without reason',
    'Bureau inspection plan and cancellation notes',
  ),
  failure(
    'westhill-em',
    'westhill-em/director/safety',
    640,
    'NONE',
    'The monthly enforcement report was filed a week late',
    'Bureau filing register',
  ),
  failure(
    'northport-deputy',
    'northport/deputy/safety',
    365,
    'NONE',
    'The quarterly inspection of the Northport wharves was shortened to half a day',
    'Inspection schedule',
  ),
  failure(
    'reed-deputy',
    'reed/deputy/safety',
    215,
    'SERIOUS',
    'Overloaded quarry trucks on the Reed county road were reported and not inspected',
    'Two citizen reports and the township reply',
  ),
  failure(
    'willow-head',
    'willow/head/safety',
    240,
    'MINOR',
    'The quarterly work-safety committee of Willow Township did not meet',
    'Committee minutes book',
  ),
  failure(
    'housing-deputy',
    'riverside-housing/deputy/safety',
    100,
    'SERIOUS',
    'The quarterly inspection of high-rise construction sites left out the Eastbank tower cranes',
    'Inspection plan and site list',
  ),
];

/** The period a performance would have covered on the day of a failure. */
function periodOn(isoDay: string, cadence: Cadence): string {
  const year = isoDay.slice(0, 4);
  const month = Number(isoDay.slice(5, 7));
  switch (cadence) {
    case 'MONTHLY':
      return isoDay.slice(0, 7);
    case 'QUARTERLY':
      return `${year}-Q${Math.ceil(month / 3)}`;
    case 'ANNUAL':
      return year;
    case 'ONCE':
      return 'ONCE';
  }
}

function periodsOf(duty: DemoDuty, calendar: DemoCalendar): DemoPeriod[] {
  switch (duty.cadence) {
    case 'MONTHLY':
      return calendar.months(24);
    case 'QUARTERLY':
      return calendar.quarters(8);
    case 'ANNUAL':
      return calendar.years();
    case 'ONCE':
      return [{ period: 'ONCE', performedAt: calendar.at(600), daysAgo: 600 }];
  }
}

/**
 * One chain per duty: assigned, then each period performed (except where the post was vacant
 * or the duty failed), then its failures, then any amendment or revocation.
 */
function dutyChain(
  duty: DemoDuty,
  failures: readonly DemoFailure[],
  organisation: DemoOrganisation,
  calendar: DemoCalendar,
): DemoChain {
  const dutyId = ids.duty(duty.key);
  const failed = new Set(failures.map((f) => periodOn(calendar.day(f.days), duty.cadence)));
  const assign: DemoCommand = {
    label: `duty:${duty.key}`,
    role: 'caseworker',
    path: '/duties',
    body: {
      dutyId,
      postId: ids.post(duty.postKey),
      category: duty.category,
      title: duty.title,
      ...(duty.principle === null ? {} : { principle: duty.principle }),
      industries: duty.industries,
      cadence: duty.cadence,
      basis: duty.basis,
    },
  };
  const performances = periodsOf(duty, calendar)
    .filter(
      ({ period, daysAgo }) =>
        !failed.has(period) && organisation.holderAt(duty.postKey, daysAgo) !== null,
    )
    .map(({ period, performedAt }): DemoCommand => ({
      label: `performance:${duty.key}:${period}`,
      role: 'caseworker',
      path: `/duties/${dutyId}/performances`,
      body: {
        performanceId: ids.performance(duty.key, period),
        period,
        performedAt,
        evidence: `${duty.category === 'BUSINESS' ? 'Work report' : 'Inspection report'} ${period}, signed and filed`,
      },
    }));
  const recorded = failures.map((f): DemoCommand => ({
    label: `failure:${f.key}`,
    role: 'caseworker',
    path: `/duties/${dutyId}/failures`,
    body: {
      failureId: ids.failure(f.key),
      occurredAt: calendar.at(f.days),
      description: f.description,
      evidence: f.evidence,
      adverseEffect: f.adverseEffect,
    },
  }));
  const changes: DemoCommand[] = [];
  if (duty.amendment) {
    changes.push({
      label: `amendment:${duty.key}`,
      role: 'caseworker',
      path: `/duties/${dutyId}/amendments`,
      body: { cadence: duty.amendment.cadence, reason: duty.amendment.reason },
    });
  }
  if (duty.revocation !== undefined) {
    changes.push({
      label: `revocation:${duty.key}`,
      role: 'caseworker',
      path: `/duties/${dutyId}/revocation`,
      body: { reason: duty.revocation },
    });
  }
  return [assign, ...performances, ...recorded, ...changes];
}

export function dutyPhase(
  duties: readonly DemoDuty[],
  organisation: DemoOrganisation,
  calendar: DemoCalendar,
): DemoPhase {
  return {
    name: 'duties, performances and failures',
    chains: duties.map((duty) =>
      dutyChain(
        duty,
        DEMO_FAILURES.filter((f) => f.dutyKey === duty.key),
        organisation,
        calendar,
      ),
    ),
  };
}
