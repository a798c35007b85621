import { isWorkSafetyFailure } from '@dutyledger/domain';
import type { DataSource } from 'typeorm';
import { storedRows } from '../database/stored-rows';
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
  const cadre = await storedRows(dataSource, CadreHistoryCadre).findOne({ cadreId });
  if (cadre === undefined) return null;
  const byCadre = { where: { cadreId } };
  const [holdings, failures, subjects, findings, sanctions, assessments, reports] =
    await Promise.all([
      storedRows(dataSource, CadreHistoryHolding).find({
        ...byCadre,
        order: { heldFrom: 'ASC', holdingId: 'ASC' },
      }),
      storedRows(dataSource, CadreHistoryFailure).find({
        ...byCadre,
        order: { occurredAt: 'ASC', failureId: 'ASC' },
      }),
      storedRows(dataSource, CadreHistorySubject).find({
        ...byCadre,
        order: { namedAt: 'ASC', eventId: 'ASC' },
      }),
      storedRows(dataSource, CadreHistoryFinding).find({
        ...byCadre,
        order: { recordedAt: 'ASC', eventId: 'ASC' },
      }),
      storedRows(dataSource, CadreHistorySanction).find({
        ...byCadre,
        order: { decidedAt: 'ASC', sanctionId: 'ASC' },
      }),
      storedRows(dataSource, CadreHistoryAssessment).find({
        ...byCadre,
        order: { year: 'ASC', recordedAt: 'ASC', eventId: 'ASC' },
      }),
      storedRows(dataSource, CadreHistoryReport).find({
        ...byCadre,
        order: { year: 'ASC', submittedAt: 'ASC', eventId: 'ASC' },
      }),
    ]);
  const postIds = [...new Set(holdings.map((holding) => holding.postId))];
  const [posts, duties, failedDuties, cases] = await Promise.all([
    storedRows(dataSource, CadreHistoryPost).find({ where: { postId: postIds } }),
    storedRows(dataSource, CadreHistoryDuty).find({ where: { postId: postIds } }),
    storedRows(dataSource, CadreHistoryDuty).find({
      where: { dutyId: [...new Set(failures.map((failure) => failure.dutyId))] },
    }),
    storedRows(dataSource, CadreHistoryCase).find({
      where: { caseId: subjects.map((subject) => subject.caseId) },
    }),
  ]);

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
