import {
  ASSESSMENT_GRADES,
  type AssessedSafetyGrade,
  type EligibilityFacts,
  type OpenCaseFact,
  SANCTIONS,
  type Sanction,
} from '@dutyledger/domain';
import type { DataSource } from 'typeorm';
import { storedRows } from '../database/stored-rows';
import { CadreHistoryAssessment } from './cadre-history-assessment.entity';
import { CadreHistoryCadre } from './cadre-history-cadre.entity';
import { CadreHistoryCase } from './cadre-history-case.entity';
import { CadreHistorySanction } from './cadre-history-sanction.entity';
import { CadreHistorySubject } from './cadre-history-subject.entity';

function known<T extends string>(values: readonly T[], value: string, what: string): T {
  const match = values.find((candidate) => candidate === value);
  if (match === undefined) throw new Error(`The cadre history holds an unknown ${what}: ${value}`);
  return match;
}

/**
 * What the domain's `appointmentEligibility` needs about one cadre, with the events behind each
 * fact; null when no such cadre is registered. Sanctions count once a case decision issued them.
 */
export async function eligibilityFactsOf(
  dataSource: DataSource,
  cadreId: string,
): Promise<EligibilityFacts | null> {
  const [cadre, subjects, sanctions, assessments] = await Promise.all([
    storedRows(dataSource, CadreHistoryCadre).findOne({ cadreId }),
    storedRows(dataSource, CadreHistorySubject).find({
      where: { cadreId },
      order: { namedAt: 'ASC', eventId: 'ASC' },
    }),
    storedRows(dataSource, CadreHistorySanction).select(
      'WHERE "row"."cadreId" = ? AND "row"."effectiveFrom" IS NOT NULL ' +
        'ORDER BY "row"."effectiveFrom" ASC, "row"."sanctionId" ASC',
      [cadreId],
    ),
    storedRows(dataSource, CadreHistoryAssessment).find({
      where: { cadreId },
      order: { year: 'ASC', recordedAt: 'ASC', eventId: 'ASC' },
    }),
  ]);
  if (cadre === undefined) return null;
  const cases = await storedRows(dataSource, CadreHistoryCase).find({
    where: { caseId: subjects.map((subject) => subject.caseId) },
  });
  // In the order the cadre was named; a case naming the cadre twice counts once.
  const openCases = subjects.flatMap((subject, index): OpenCaseFact[] => {
    const named = cases.find((candidate) => candidate.caseId === subject.caseId);
    const first = subjects.findIndex((candidate) => candidate.caseId === subject.caseId);
    if (named === undefined || first !== index) return [];
    return named.openPeriods.map((period) => ({
      caseId: named.caseId,
      openedAt: period.openedAt,
      closedAt: period.closedAt,
      sourceEventIds: [period.openedByEventId, subject.eventId],
    }));
  });
  return {
    openCases,
    sanctions: sanctions.flatMap((row) =>
      row.effectiveFrom === null
        ? []
        : [
            {
              sanctionId: row.sanctionId,
              caseId: row.caseId,
              sanction: known<Sanction>(SANCTIONS, row.sanction, 'sanction'),
              effectiveFrom: row.effectiveFrom,
              endedAt: row.endedAt,
              sourceEventIds: row.sourceEventIds,
            },
          ],
    ),
    assessments: assessments.map((row) => ({
      year: row.year,
      grade: known<AssessedSafetyGrade>(ASSESSMENT_GRADES, row.grade, 'grade'),
      recordedAt: row.recordedAt,
      sourceEventIds: [row.eventId],
    })),
  };
}
