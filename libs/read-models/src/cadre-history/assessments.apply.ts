import { IsNull } from 'typeorm';
import { type Appliers, utc } from './cadre-history.apply';
import { CadreHistoryAssessment } from './cadre-history-assessment.entity';
import { CadreHistoryReport } from './cadre-history-report.entity';

/**
 * Annual reports and grades: every record is kept; a correction marks the record it replaces.
 */
export const ASSESSMENT_APPLIERS: Appliers = {
  async AnnualReportSubmitted(event, manager) {
    const data = event.data;
    await manager.getRepository(CadreHistoryReport).insert({
      eventId: event.id,
      cadreId: data.cadreId,
      year: data.year,
      statement: data.statement,
      submittedAt: utc(data.occurredAt),
    });
  },

  async AnnualAssessmentRecorded(event, manager) {
    const data = event.data;
    await manager.getRepository(CadreHistoryAssessment).insert({
      eventId: event.id,
      cadreId: data.cadreId,
      year: data.year,
      kind: 'RECORDED',
      score: data.score,
      grade: data.grade,
      remarks: data.remarks,
      reason: null,
      previousScore: null,
      previousGrade: null,
      recordedAt: utc(data.occurredAt),
      correctedByEventId: null,
    });
  },

  async AnnualAssessmentCorrected(event, manager) {
    const data = event.data;
    const assessments = manager.getRepository(CadreHistoryAssessment);
    await assessments.update(
      { cadreId: data.cadreId, year: data.year, correctedByEventId: IsNull() },
      { correctedByEventId: event.id },
    );
    await assessments.insert({
      eventId: event.id,
      cadreId: data.cadreId,
      year: data.year,
      kind: 'CORRECTED',
      score: data.score,
      grade: data.grade,
      remarks: data.remarks,
      reason: data.reason,
      previousScore: data.previousScore,
      previousGrade: data.previousGrade,
      recordedAt: utc(data.occurredAt),
      correctedByEventId: null,
    });
  },
};
