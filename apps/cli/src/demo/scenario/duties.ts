import type { Cadence, DutyCategory, Principle } from '@dutyledger/domain';
import type { DemoCalendar, DemoPeriod } from '../demo-calendar';
import type { DemoChain, DemoCommand, DemoPhase } from '../demo-command';
import { DEMO_ACCIDENTS } from './accidents';
import { DEMO_FAILURES, type DemoFailure } from './failures';
import { ids } from './ids';
import { type DemoOrganisation, type DemoPost, WINDOW_DAYS } from './organisation';

export interface DemoDuty {
  readonly key: string;
  readonly postKey: string;
  readonly category: DutyCategory;
  readonly title: string;
  readonly principle: Principle | null;
  readonly industries: readonly string[];
  readonly cadence: Cadence;
  readonly basis: string;
  /** in force from this day (days before the load); its periods are due from then */
  readonly assignedDays: number;
  /** a change of cadence, in force from its day */
  readonly amendment?: {
    readonly cadence: Exclude<Cadence, 'ONCE'>;
    readonly reason: string;
    readonly days: number;
  };
  readonly revocation?: { readonly reason: string; readonly days: number };
}

const LAW = '《中华人民共和国安全生产法》第三条、第九条';
const LEADERS = '《地方党政领导干部安全生产责任制规定》第五条';

/** The industries of a business scope as a district writes them in a duty list. */
const INDUSTRY_NAMES: Readonly<Record<string, string>> = {
  mining: '矿山',
  'hazardous-chemicals': '危险化学品',
  manufacturing: '工贸',
  construction: '建筑施工',
  'gas-supply': '城镇燃气',
  'road-transport': '道路运输',
  'waterway-transport': '水上交通',
  'school-safety': '校园安全',
};
export const industryNames = (industries: readonly string[]): string =>
  industries.map((industry) => INDUSTRY_NAMES[industry] ?? industry).join('、');

/** Posts whose safety duty leaves part of their business scope uncovered (coverage gaps). */
const GAPS: Readonly<Record<string, number>> = {
  'eastbank/deputy': 1,
  'riverside/deputy-urban': 3,
};

const isGovernmentPrincipal = (post: DemoPost, organisation: DemoOrganisation): boolean =>
  post.rank === 'PRINCIPAL' && organisation.department(post.departmentKey).kind === 'GOVERNMENT';

/** The posts' responsibility lists were issued on the first day of the two years. */
const LISTED_DAYS = WINDOW_DAYS;

const BAY_EXPLOSION_DAYS = DEMO_ACCIDENTS.find((a) => a.key === 'bay-warehouse')?.days ?? 0;

function safetyDuty(
  post: DemoPost,
  organisation: DemoOrganisation,
  calendar: DemoCalendar,
): DemoDuty {
  const department = organisation.department(post.departmentKey);
  const industries = post.businessScope.slice(0, GAPS[post.key] ?? post.businessScope.length);
  const scope = industryNames(industries);
  if (isGovernmentPrincipal(post, organisation)) {
    return {
      key: `${post.key}/safety`,
      postKey: post.key,
      category: 'WORK_SAFETY',
      title: `每季度主持召开${department.name}安全生产委员会会议`,
      principle: 'IN_CHARGE',
      industries,
      cadence: 'QUARTERLY',
      basis: LEADERS,
      assignedDays: LISTED_DAYS,
    };
  }
  const monthly = department.key.endsWith('-em') || department.level === 'TOWNSHIP';
  const schools = industries.every((industry) => industry === 'school-safety');
  return {
    key: `${post.key}/safety`,
    postKey: post.key,
    category: 'WORK_SAFETY',
    title: monthly ? `每月开展${scope}企业隐患排查` : `每季度开展${scope}行业安全生产检查`,
    principle: schools ? 'MANAGES_BUSINESS' : 'MANAGES_INDUSTRY',
    industries,
    cadence: monthly ? 'MONTHLY' : 'QUARTERLY',
    basis: LAW,
    assignedDays: LISTED_DAYS,
    ...(post.key === 'northport/deputy'
      ? {
          amendment: {
            cadence: 'MONTHLY' as const,
            reason: '湾头镇爆炸事故后市级方案要求改为每月检查',
            // from the first day of the quarter after the explosion
            days: calendar.nextPeriodStart('QUARTERLY', BAY_EXPLOSION_DAYS),
          },
        }
      : {}),
  };
}

export function demoDuties(organisation: DemoOrganisation, calendar: DemoCalendar): DemoDuty[] {
  const duties = organisation.posts.flatMap((post): DemoDuty[] => [
    {
      key: `${post.key}/business`,
      postKey: post.key,
      category: 'BUSINESS',
      title: `负责本岗位${industryNames(post.businessScope)}业务工作`,
      principle: null,
      industries: post.businessScope,
      cadence: 'ANNUAL',
      basis: '市委组织部岗位职责清单',
      assignedDays: LISTED_DAYS,
    },
    safetyDuty(post, organisation, calendar),
  ]);
  duties.push(
    {
      key: 'riverside/mayor/statements',
      postKey: 'riverside/mayor',
      category: 'WORK_SAFETY',
      title: '与各区区长签订年度安全生产责任书',
      principle: 'IN_CHARGE',
      industries: ['mining', 'hazardous-chemicals', 'construction'],
      cadence: 'ANNUAL',
      basis: LEADERS,
      // added to the mayor's list in the spring after the window began
      assignedDays: 600,
    },
    {
      key: 'riverside-em/director/plan',
      postKey: 'riverside-em/director',
      category: 'WORK_SAFETY',
      title: '编制市级安全生产应急预案',
      principle: 'MANAGES_INDUSTRY',
      industries: ['hazardous-chemicals', 'mining'],
      cadence: 'ONCE',
      basis: '《中华人民共和国突发事件应对法》第十七条',
      assignedDays: 640,
    },
    {
      key: 'riverside-transport/director/ferries',
      postKey: 'riverside-transport/director',
      category: 'WORK_SAFETY',
      title: '每季度开展渡运企业安全检查',
      principle: 'MANAGES_INDUSTRY',
      industries: ['waterway-transport'],
      cadence: 'QUARTERLY',
      basis: LAW,
      assignedDays: LISTED_DAYS,
      revocation: {
        reason: '渡运监管职责移交滨江海事局',
        // from the first day of a quarter, some seven months before the load
        days: calendar.periodStart('QUARTERLY', 200),
      },
    },
  );
  return duties;
}

/** Does a calendar day (`YYYY-MM-DD`) fall in a period (`2026`, `2026-Q3`, `2026-07`)? */
export function inPeriod(isoDay: string, period: string): boolean {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter === null) return period !== 'ONCE' && isoDay.startsWith(period);
  return (
    isoDay.startsWith(quarter[1] ?? '') &&
    Math.ceil(Number(isoDay.slice(5, 7)) / 3) === Number(quarter[2])
  );
}

/** The periods due while the duty was in force, each with the cadence it had then. */
function periodsOf(duty: DemoDuty, calendar: DemoCalendar): DemoPeriod[][] {
  if (duty.cadence === 'ONCE') {
    const performed = duty.assignedDays - 50;
    return [[{ period: 'ONCE', performedAt: calendar.at(performed), daysAgo: performed }]];
  }
  const end = duty.revocation?.days ?? null;
  if (duty.amendment === undefined)
    return [calendar.periodsDue(duty.cadence, duty.assignedDays, end)];
  return [
    calendar.periodsDue(duty.cadence, duty.assignedDays, duty.amendment.days),
    calendar.periodsDue(duty.amendment.cadence, duty.amendment.days, end),
  ];
}

/**
 * One chain per duty: assigned on its day, then each period due since then performed (except
 * where the post was vacant or the work-safety duty failed), its amendment between the periods of
 * the old cadence and those of the new, its failures, then its revocation.
 */
function dutyChain(
  duty: DemoDuty,
  failures: readonly DemoFailure[],
  organisation: DemoOrganisation,
  calendar: DemoCalendar,
): DemoChain {
  const dutyId = ids.duty(duty.key);
  const failedOn = new Set(duty.category === 'WORK_SAFETY' ? failures.map((f) => f.days) : []);
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
      effectiveFrom: calendar.day(duty.assignedDays),
    },
  };
  const [before = [], after = []] = periodsOf(duty, calendar).map((periods) =>
    periods
      .filter(({ period, daysAgo }) => {
        const failed = [...failedOn].some((days) => inPeriod(calendar.day(days), period));
        return !failed && organisation.holderAt(duty.postKey, daysAgo) !== null;
      })
      .map(({ period, performedAt }): DemoCommand => ({
        label: `performance:${duty.key}:${period}`,
        role: 'caseworker',
        path: `/duties/${dutyId}/performances`,
        body: {
          performanceId: ids.performance(duty.key, period),
          period,
          performedAt,
          evidence: `${period} ${duty.category === 'BUSINESS' ? '工作报告' : '检查报告'}，已签字归档`,
        },
      })),
  );
  const recorded = failures.map((f): DemoCommand => ({
    label: `failure:${f.key}`,
    role: 'caseworker',
    path: `/duties/${dutyId}/failures`,
    body: {
      failureId: ids.failure(f.key),
      occurredAt: calendar.at(f.days),
      kind: f.kind,
      ...(f.otherKind === undefined ? {} : { otherKind: f.otherKind }),
      ...(f.safetyImpact === undefined ? {} : { safetyImpact: f.safetyImpact }),
      description: f.description,
      evidence: f.evidence,
      adverseEffect: f.adverseEffect,
    },
  }));
  const amendment: DemoCommand[] = duty.amendment
    ? [
        {
          label: `amendment:${duty.key}`,
          role: 'caseworker',
          path: `/duties/${dutyId}/amendments`,
          body: {
            cadence: duty.amendment.cadence,
            reason: duty.amendment.reason,
            effectiveFrom: calendar.day(duty.amendment.days),
          },
        },
      ]
    : [];
  const revocation: DemoCommand[] = duty.revocation
    ? [
        {
          label: `revocation:${duty.key}`,
          role: 'caseworker',
          path: `/duties/${dutyId}/revocation`,
          body: {
            reason: duty.revocation.reason,
            effectiveFrom: calendar.day(duty.revocation.days),
          },
        },
      ]
    : [];
  return [assign, ...before, ...amendment, ...after, ...recorded, ...revocation];
}

export function dutyPhase(
  duties: readonly DemoDuty[],
  organisation: DemoOrganisation,
  calendar: DemoCalendar,
): DemoPhase {
  return {
    name: 'duties, performances and failures',
    said: { key: 'cli.demo.phases.duties' },
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
