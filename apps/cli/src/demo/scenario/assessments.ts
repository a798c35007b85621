import type { AssessmentGrade } from '@dutyledger/domain';
import type { DemoCalendar } from '../demo-calendar';
import type { DemoChain, DemoPhase } from '../demo-command';
import { type DemoDuty, industryNames } from './duties';
import { DEMO_FAILURES, isWorkSafetyFailure } from './failures';
import { ids } from './ids';
import { type DemoOrganisation, spread } from './organisation';

/** The one cadre whose latest assessment is INCOMPETENT, which blocks appointment. */
export const INCOMPETENT_CADRE = 'willow/head';

export interface DemoAssessment {
  readonly cadreKey: string;
  readonly year: number;
  readonly postKey: string;
  readonly score: number;
  readonly grade: AssessmentGrade;
  readonly remarks: string;
  /** the annual report is submitted in January, the assessment recorded in February or March */
  readonly reportedDays: number;
  readonly assessedDays: number;
}

/** The default grade bands: ≥ 90, 75–89, 60–74, < 60. */
export const gradeOf = (score: number): AssessmentGrade =>
  score >= 90
    ? 'EXCELLENT'
    : score >= 75
      ? 'COMPETENT'
      : score >= 60
        ? 'BASICALLY_COMPETENT'
        : 'INCOMPETENT';

/** A stable score from 70 to 97 for a cadre and year. */
const baseScore = (cadreKey: string, year: number): number =>
  70 + spread(`score:${cadreKey}:${year}`, 28);

/**
 * Every cadre is assessed for each of the two years before the load in which they held a post:
 * those who answered for a work-safety failure with an adverse effect that year score at most 68.
 * Each report is dated in the January after the year, each assessment in the weeks after it
 * (never later than the day before the load).
 */
export function demoAssessments(
  organisation: DemoOrganisation,
  duties: readonly DemoDuty[],
  calendar: DemoCalendar,
): DemoAssessment[] {
  const years = [calendar.year - 2, calendar.year - 1];
  return organisation.cadres.flatMap((cadre) =>
    years.flatMap((year): DemoAssessment[] => {
      // the post held first in the year names it in the report
      const held = organisation
        .holdingsOf(cadre.key)
        .filter(
          ([, tenure]) =>
            calendar.day(tenure.from) < `${year + 1}-01-01` &&
            (tenure.until === null || calendar.day(tenure.until) > `${year}-01-01`),
        )
        .sort(([, a], [, b]) => b.from - a.from)[0];
      if (held === undefined) return [];
      const [postKey] = held;
      const failed = DEMO_FAILURES.some((failure) => {
        const post = failure.dutyKey.split('/').slice(0, 2).join('/');
        return (
          failure.adverseEffect !== 'NONE' &&
          isWorkSafetyFailure(failure, duties) &&
          organisation.holderAt(post, failure.days) === cadre.key &&
          calendar.day(failure.days).startsWith(String(year))
        );
      });
      const incompetent = cadre.key === INCOMPETENT_CADRE && year === calendar.year - 1;
      const score = incompetent
        ? 54
        : failed
          ? Math.min(68, baseScore(cadre.key, year))
          : baseScore(cadre.key, year);
      const remarks = incompetent
        ? '安全生产委员会两个季度未召开会议，隐患未整改到位'
        : failed
          ? '本年度该岗位被记录一次造成不良影响的履职不到位'
          : '按期履行安全生产职责';
      const reported = calendar.daysAgo(year + 1, 0, 8 + spread(`report:${cadre.key}:${year}`, 20));
      const assessed = calendar.daysAgo(
        year + 1,
        1,
        20 + spread(`assess:${cadre.key}:${year}`, 25),
      );
      const reportedDays = Math.max(reported, 2);
      return [
        {
          cadreKey: cadre.key,
          year,
          postKey,
          score,
          grade: gradeOf(score),
          remarks,
          reportedDays,
          assessedDays: Math.min(Math.max(assessed, 1), reportedDays),
        },
      ];
    }),
  );
}

export function assessmentPhase(
  assessments: readonly DemoAssessment[],
  organisation: DemoOrganisation,
  calendar: DemoCalendar,
): DemoPhase {
  return {
    name: 'annual reports and assessments',
    said: { key: 'cli.demo.phases.assessments' },
    chains: assessments.map((assessment): DemoChain => {
      const { cadreKey, year, postKey, score, grade, remarks } = assessment;
      const base = `/cadres/${ids.cadre(cadreKey)}/assessments/${year}`;
      const post = organisation.post(postKey);
      const department = organisation.department(post.departmentKey);
      return [
        {
          label: `annual-report:${cadreKey}:${year}`,
          role: 'caseworker',
          path: `${base}/annual-report`,
          body: {
            statement:
              `${year}年，本人任${department.name}${post.title}，按照“一岗双责”要求，` +
              `负责本岗位${industryNames(post.businessScope)}业务工作及安全生产职责：` +
              '组织检查、督促隐患整改、开展培训。',
            occurredAt: calendar.at(assessment.reportedDays, '09:30'),
          },
        },
        {
          label: `assessment:${cadreKey}:${year}`,
          role: 'supervisor',
          path: `${base}/assessment`,
          body: {
            score,
            grade,
            remarks,
            occurredAt: calendar.at(assessment.assessedDays, '15:00'),
          },
        },
      ];
    }),
  };
}
