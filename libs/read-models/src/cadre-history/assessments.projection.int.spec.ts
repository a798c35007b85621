import { EventLog, describeReadModels, project } from '../../../../test/support/projection-spec';
import { CadreHistoryAssessment } from './cadre-history-assessment.entity';
import { cadreHistoryProjection } from './cadre-history.projection';

const CADRE = '8b3e4c6a-ad5f-4e7a-9b92-3c4d5e6f7081';
const stream = `assessment-${CADRE}-2025`;

describeReadModels('cadre history projection: annual assessments', ({ fresh }) => {
  it('given AnnualAssessmentRecorded, then the year’s grade as recorded', async () => {
    const log = new EventLog();
    const recorded = log.record(
      'AnnualAssessmentRecorded',
      {
        cadreId: CADRE,
        year: 2025,
        score: 58.5,
        grade: 'INCOMPETENT',
        remarks: 'Two inspections skipped',
        occurredAt: '2026-02-10T00:00:00.000Z',
      },
      { stream },
    );
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, log.events);
    expect(await dataSource.getRepository(CadreHistoryAssessment).find()).toEqual([
      {
        eventId: recorded.id,
        cadreId: CADRE,
        year: 2025,
        kind: 'RECORDED',
        score: 58.5,
        grade: 'INCOMPETENT',
        remarks: 'Two inspections skipped',
        reason: null,
        previousScore: null,
        previousGrade: null,
        recordedAt: '2026-02-10T00:00:00.000Z',
        correctedByEventId: null,
      },
    ]);
  });

  it('given AnnualAssessmentCorrected, then the correction beside the record it replaces', async () => {
    const log = new EventLog();
    const recorded = log.record(
      'AnnualAssessmentRecorded',
      {
        cadreId: CADRE,
        year: 2025,
        score: 58,
        grade: 'INCOMPETENT',
        remarks: 'Two inspections skipped',
        occurredAt: '2026-02-10T00:00:00.000Z',
      },
      { stream },
    );
    const corrected = log.record(
      'AnnualAssessmentCorrected',
      {
        cadreId: CADRE,
        year: 2025,
        score: 75,
        grade: 'BASICALLY_COMPETENT',
        remarks: 'One inspection was done by the deputy',
        previousScore: 58,
        previousGrade: 'INCOMPETENT',
        reason: 'The deputy’s inspection record was found',
        occurredAt: '2026-03-15T00:00:00.000Z',
      },
      { stream },
    );
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, log.events);
    const rows = await dataSource
      .getRepository(CadreHistoryAssessment)
      .find({ order: { recordedAt: 'ASC' } });
    expect(rows).toEqual([
      expect.objectContaining({
        eventId: recorded.id,
        kind: 'RECORDED',
        grade: 'INCOMPETENT',
        correctedByEventId: corrected.id,
      }),
      {
        eventId: corrected.id,
        cadreId: CADRE,
        year: 2025,
        kind: 'CORRECTED',
        score: 75,
        grade: 'BASICALLY_COMPETENT',
        remarks: 'One inspection was done by the deputy',
        reason: 'The deputy’s inspection record was found',
        previousScore: 58,
        previousGrade: 'INCOMPETENT',
        recordedAt: '2026-03-15T00:00:00.000Z',
        correctedByEventId: null,
      },
    ]);
  });
});
