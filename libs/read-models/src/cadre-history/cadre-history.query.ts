import { isWorkSafetyFailure } from '@dutyledger/domain';
import { type DataSource, In } from 'typeorm';
import { CadreHistoryAssessment } from './cadre-history-assessment.entity';
import { CadreHistoryCadre } from './cadre-history-cadre.entity';
import { CadreHistoryCase } from './cadre-history-case.entity';
import { CadreHistoryDuty } from './cadre-history-duty.entity';
import { CadreHistoryFailure } from './cadre-history-failure.entity';
import { CadreHistoryFinding } from './cadre-history-finding.entity';
import { CadreHistoryHolding } from './cadre-history-holding.entity';
import { CadreHistoryPost } from './cadre-history-post.entity';
import { CadreHistoryReport } from './cadre-history-report.entity';
import { CadreHistorySanction } from './cadre-history-sanction.entity';
import { CadreHistorySubject } from './cadre-history-subject.entity';
import type { CadreHistory } from './cadre-history.view';
import { carriedDuties } from './carried-duties';
import { type InfluenceReading, withInfluence } from './sanction-influence';

/**
 * A cadre's whole assessment history, or null when no such cadre is registered; measures with
 * their influence on appointment under `influence` (the configured policy and calendar).
 */
export async function findCadreHistory(
  dataSource: DataSource,
  cadreId: string,
  influence: InfluenceReading,
): Promise<CadreHistory | null> {
  const cadre = await dataSource.getRepository(CadreHistoryCadre).findOneBy({ cadreId });
  if (cadre === null) return null;
  const holdings = await dataSource.getRepository(CadreHistoryHolding).find({
    where: { cadreId },
    order: { heldFrom: 'ASC', holdingId: 'ASC' },
  });
  const postIds = [...new Set(holdings.map((holding) => holding.postId))];
  const posts = await dataSource.getRepository(CadreHistoryPost).findBy({ postId: In(postIds) });
  const duties = await dataSource.getRepository(CadreHistoryDuty).findBy({ postId: In(postIds) });
  const failures = await dataSource
    .getRepository(CadreHistoryFailure)
    .find({ where: { cadreId }, order: { occurredAt: 'ASC', failureId: 'ASC' } });
  const failedDuties = await dataSource
    .getRepository(CadreHistoryDuty)
    .findBy({ dutyId: In([...new Set(failures.map((failure) => failure.dutyId))]) });
  const subjects = await dataSource
    .getRepository(CadreHistorySubject)
    .find({ where: { cadreId }, order: { namedAt: 'ASC', eventId: 'ASC' } });
  const cases = await dataSource
    .getRepository(CadreHistoryCase)
    .findBy({ caseId: In(subjects.map((subject) => subject.caseId)) });
  const findings = await dataSource
    .getRepository(CadreHistoryFinding)
    .find({ where: { cadreId }, order: { recordedAt: 'ASC', eventId: 'ASC' } });
  const sanctions = await dataSource
    .getRepository(CadreHistorySanction)
    .find({ where: { cadreId }, order: { decidedAt: 'ASC', sanctionId: 'ASC' } });
  const assessments = await dataSource
    .getRepository(CadreHistoryAssessment)
    .find({ where: { cadreId }, order: { year: 'ASC', recordedAt: 'ASC', eventId: 'ASC' } });
  const reports = await dataSource
    .getRepository(CadreHistoryReport)
    .find({ where: { cadreId }, order: { year: 'ASC', submittedAt: 'ASC', eventId: 'ASC' } });

  const { nameKey: _nameKey, ...registration } = cadre;
  return {
    cadre: registration,
    posts: holdings.map((holding) => {
      const post = posts.find((candidate) => candidate.postId === holding.postId);
      return {
        postId: holding.postId,
        title: post?.title ?? null,
        departmentId: post?.departmentId ?? null,
        from: holding.heldFrom,
        to: holding.heldUntil,
        reliefReason: holding.reliefReason,
        eligibilityOverride: holding.eligibilityOverride,
        sourceEventIds: holding.sourceEventIds,
      };
    }),
    duties: carriedDuties(duties, holdings),
    failures: failures.map(({ cadreId: _cadreId, ...failure }) => {
      const duty = failedDuties.find((candidate) => candidate.dutyId === failure.dutyId);
      const category = duty?.category === 'BUSINESS' ? 'BUSINESS' : 'WORK_SAFETY';
      return {
        ...failure,
        dutyTitle: duty?.title ?? null,
        workSafety: isWorkSafetyFailure(category, failure.safetyImpact),
      };
    }),
    cases: subjects.flatMap((subject) => {
      const named = cases.find((candidate) => candidate.caseId === subject.caseId);
      if (named === undefined) return [];
      const [opening, ...later] = named.statusChanges.map((change) => change.eventId);
      return [
        {
          caseId: named.caseId,
          kind: named.kind,
          summary: named.summary,
          status: named.status,
          postId: subject.postId,
          namedAt: subject.namedAt,
          openPeriods: named.openPeriods,
          statusChanges: named.statusChanges,
          sourceEventIds: [...(opening === undefined ? [] : [opening]), subject.eventId, ...later],
        },
      ];
    }),
    findings: findings.map(({ eventId, cadreId: _cadreId, ...finding }) => ({
      ...finding,
      sourceEventIds: [eventId],
    })),
    sanctions: sanctions.map((sanction) => withInfluence(sanction, influence)),
    reports: reports.map(({ eventId, year, statement, submittedAt }) => ({
      year,
      statement,
      submittedAt,
      sourceEventIds: [eventId],
    })),
    assessments: assessments.map(({ eventId, cadreId: _cadreId, ...assessment }) => ({
      ...assessment,
      sourceEventIds: [eventId],
    })),
  };
}
