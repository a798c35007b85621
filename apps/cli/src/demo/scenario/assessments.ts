import { createHash } from 'node:crypto';
import type { AssessmentGrade } from '@dutyledger/domain';
import type { DemoCalendar } from '../demo-calendar';
import type { DemoChain, DemoPhase } from '../demo-command';
import { DEMO_FAILURES } from './duties';
import { ids } from './ids';
import { type DemoOrganisation, WINDOW_DAYS } from './organisation';

/** The one cadre whose latest assessment is INCOMPETENT, which blocks appointment. */
export const INCOMPETENT_CADRE = 'willow/head';

export interface DemoAssessment {
  readonly cadreKey: string;
  readonly year: number;
  readonly postKey: string;
  readonly score: number;
  readonly grade: AssessmentGrade;
  readonly remarks: string;
}

const gradeOf = (score: number): AssessmentGrade =>
  score >= 90
    ? 'EXCELLENT'
    : score >= 75
      ? 'COMPETENT'
      : score >= 60
        ? 'BASICALLY_COMPETENT'
        : 'INCOMPETENT';

/** The first holders were in office before the recorded history starts: they count as holding it. */
const startedBefore = (from: number, days: number): boolean => from === WINDOW_DAYS || from >= days;

/** A stable score from 70 to 97 for a cadre and year. */
function baseScore(cadreKey: string, year: number): number {
  const digest = createHash('sha256').update(`${cadreKey}:${year}`).digest();
  return 70 + (digest.readUInt8(0) % 28);
}

/**
 * Every cadre is assessed for each of the two years before the load in which they held a post:
 * those who answered for a failure with an adverse effect that year score at most 68.
 */
export function demoAssessments(
  organisation: DemoOrganisation,
  calendar: DemoCalendar,
): DemoAssessment[] {
  const years = [calendar.year - 2, calendar.year - 1];
  return organisation.cadres.flatMap((cadre) =>
    years.flatMap((year): DemoAssessment[] => {
      const { fromDaysAgo, toDaysAgo } = calendar.yearSpan(year);
      const held = organisation
        .holdingsOf(cadre.key)
        .find(
          ([, tenure]) =>
            startedBefore(tenure.from, toDaysAgo) && (tenure.until ?? -1) < fromDaysAgo,
        );
      if (held === undefined) return [];
      const [postKey] = held;
      const failed = DEMO_FAILURES.some((failure) => {
        const post = failure.dutyKey.split('/').slice(0, 2).join('/');
        return (
          failure.adverseEffect !== 'NONE' &&
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
        ? 'The work-safety committee did not meet in two quarters; hidden hazards were left open'
        : failed
          ? 'A failure to perform with an adverse effect was recorded against the post this year'
          : 'Safety duties performed on schedule';
      return [{ cadreKey: cadre.key, year, postKey, score, grade: gradeOf(score), remarks }];
    }),
  );
}

export function assessmentPhase(
  assessments: readonly DemoAssessment[],
  organisation: DemoOrganisation,
): DemoPhase {
  return {
    name: 'annual reports and assessments',
    chains: assessments.map(({ cadreKey, year, postKey, score, grade, remarks }): DemoChain => {
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
              `As ${post.title} of the ${department.name} in ${year} I led the ` +
              `${post.businessScope.join(', ')} work of the post and its work-safety duties ` +
              'under "one post, two responsibilities": inspections, hazard follow-up and training.',
          },
        },
        {
          label: `assessment:${cadreKey}:${year}`,
          role: 'supervisor',
          path: `${base}/assessment`,
          body: { score, grade, remarks },
        },
      ];
    }),
  };
}
