import type { AssessmentGrade, ComplianceIndicators, GradeBands } from '@dutyledger/domain';
import { type DataSource, In } from 'typeorm';
import {
  type ComplianceReading,
  complianceOfDepartments,
} from '../compliance/compliance-of-year.query';
import { yearWindow } from '../compliance/compliance-year';
import { CadreHistoryAssessment } from './cadre-history-assessment.entity';
import { CadreHistoryCadre } from './cadre-history-cadre.entity';
import { CadreHistoryHolding } from './cadre-history-holding.entity';
import { CadreHistoryPost } from './cadre-history-post.entity';
import { CadreHistoryReport } from './cadre-history-report.entity';
import type { AnnualReport, HistoryAssessment } from './cadre-history.view';

/** A tenure of a post that overlapped the year. */
export interface PostHeldInYear {
  postId: string;
  title: string | null;
  departmentId: string | null;
  from: string;
  to: string | null;
  sourceEventIds: string[];
}

/** A department whose post the cadre held in the year: its compliance score and grade then. */
export interface DepartmentAssessed {
  departmentId: string;
  name: string;
  score: number;
  grade: AssessmentGrade;
  indicators: ComplianceIndicators;
  /** The cadre's posts in it that year. */
  postIds: string[];
}

/**
 * What the assessor has beside the form (docs: "Annual assessment"): the year's annual report,
 * the assessment as it stands and every record of it, the grade bands a score must agree with,
 * the posts the cadre held that year and the compliance of their departments in that year.
 */
export interface AssessmentBrief {
  cadreId: string;
  name: string;
  year: number;
  /** The report submitted for the year (the latest, if several); null before one is. */
  report: AnnualReport | null;
  /** The record that stands (not since corrected); null before one is recorded. */
  assessment: HistoryAssessment | null;
  /** Every record of the year, the corrected ones too, oldest first. */
  records: HistoryAssessment[];
  gradeBands: GradeBands;
  posts: PostHeldInYear[];
  departments: DepartmentAssessed[];
}

/** The assessor's brief for one cadre and the jurisdiction's `year`; null for an unknown cadre. */
export async function assessmentBrief(
  dataSource: DataSource,
  cadreId: string,
  year: number,
  reading: ComplianceReading,
): Promise<AssessmentBrief | null> {
  const cadre = await dataSource.getRepository(CadreHistoryCadre).findOneBy({ cadreId });
  if (cadre === null) return null;
  const { start, end } = yearWindow(year, reading.calendar);
  const holdings = await dataSource
    .getRepository(CadreHistoryHolding)
    .createQueryBuilder('holding')
    .where('holding.cadreId = :cadreId', { cadreId })
    .andWhere('holding.heldFrom < :end', { end })
    .andWhere('(holding.heldUntil IS NULL OR holding.heldUntil > :start)', { start })
    .orderBy('holding.heldFrom', 'ASC')
    .addOrderBy('holding.holdingId', 'ASC')
    .getMany();
  const posts = await dataSource
    .getRepository(CadreHistoryPost)
    .findBy({ postId: In(holdings.map((holding) => holding.postId)) });
  const postOf = (postId: string) => posts.find((post) => post.postId === postId);
  const reports = await dataSource
    .getRepository(CadreHistoryReport)
    .find({ where: { cadreId, year }, order: { submittedAt: 'ASC', eventId: 'ASC' } });
  const records = (
    await dataSource
      .getRepository(CadreHistoryAssessment)
      .find({ where: { cadreId, year }, order: { recordedAt: 'ASC', eventId: 'ASC' } })
  ).map(({ eventId, cadreId: _cadreId, ...record }) => ({ ...record, sourceEventIds: [eventId] }));
  const held = holdings.map((holding) => ({
    postId: holding.postId,
    title: postOf(holding.postId)?.title ?? null,
    departmentId: postOf(holding.postId)?.departmentId ?? null,
    from: holding.heldFrom,
    to: holding.heldUntil,
    sourceEventIds: holding.sourceEventIds,
  }));
  const compliance = await complianceOfDepartments(
    dataSource,
    [...new Set(held.flatMap((post) => post.departmentId ?? []))],
    year,
    reading,
  );
  const departments = compliance.flatMap((entry): DepartmentAssessed[] => {
    const postIds = [
      ...new Set(
        held.filter((post) => post.departmentId === entry.departmentId).map((post) => post.postId),
      ),
    ];
    if (postIds.length === 0) return [];
    const { departmentId, name, score, grade, indicators } = entry;
    return [{ departmentId, name, score, grade, indicators, postIds }];
  });
  const latest = reports.at(-1);
  return {
    cadreId,
    name: cadre.name,
    year,
    report:
      latest === undefined
        ? null
        : {
            year,
            statement: latest.statement,
            submittedAt: latest.submittedAt,
            sourceEventIds: [latest.eventId],
          },
    assessment: records.find((record) => record.correctedByEventId === null) ?? null,
    records,
    gradeBands: { ...reading.bands },
    posts: held,
    departments,
  };
}
