import { DEFAULT_COMPLIANCE_WEIGHTS } from '@dutyledger/domain';
import { gradeBands } from '@dutyledger/domain';
import {
  EventLog,
  TEST_CALENDAR,
  describeReadModels,
  project,
} from '../../../../test/support/projection-spec';
import { ComplianceLog } from '../compliance/compliance.fixtures';
import { complianceOfYear } from '../compliance/compliance-of-year.query';
import { complianceProjection } from '../compliance/compliance.projection';
import { assessmentBrief } from './assessment-brief.query';
import { cadreHistoryProjection } from './cadre-history.projection';

const CADRE = '8b3e4c6a-ad5f-4e7a-9b92-3c4d5e6f7081';
const READING = {
  calendar: TEST_CALENDAR,
  weights: DEFAULT_COMPLIANCE_WEIGHTS,
  bands: gradeBands({ EXCELLENT: 95 }),
};

/**
 * A cadre who headed the safety office until 23:00 on 31 December 2025 (Beijing time), then the
 * transport bureau from March 2026, and who held a post at the mining bureau back in 2024.
 */
function career() {
  const log = new ComplianceLog();
  const city = log.department('MUNICIPAL', null, { name: 'City' });
  const office = log.department('MUNICIPAL', city.departmentId, { name: 'Safety Office' });
  const transport = log.department('MUNICIPAL', city.departmentId, { name: 'Transport Bureau' });
  const mining = log.department('MUNICIPAL', city.departmentId, { name: 'Mining Bureau' });
  const post = (departmentId: string) => log.post(departmentId, ['roads'], '2023-01-01T00:00:00Z');
  const [officePost, transportPost, miningPost] = [office, transport, mining].map((d) =>
    post(d.departmentId),
  );
  const duty = log.duty(transportPost?.postId ?? '', {
    industries: ['roads'],
    cadence: 'ANNUAL',
    occurredAt: '2025-06-01T00:00:00Z',
  });
  log.performance(duty.dutyId, '2026', '2026-06-01T00:00:00Z');
  return { log, city, office, transport, mining, officePost, transportPost, miningPost };
}

describeReadModels('the assessor’s brief for a cadre and year', ({ fresh }) => {
  it('gives the report, the standing assessment with its records, the bands, and the compliance of the departments of the posts held that year', async () => {
    const world = career();
    const dataSource = await fresh();
    await project(dataSource, complianceProjection, world.log.events);
    const history = new EventLog();
    history.record('CadreRegistered', {
      cadreId: CADRE,
      name: 'Wang Fang',
      personnelNumber: 'RS-7',
      managingDepartmentId: world.city.departmentId,
      occurredAt: '2020-01-01T00:00:00.000Z',
    });
    for (const post of [world.officePost, world.transportPost, world.miningPost]) {
      history.record('PostEstablished', {
        postId: post?.postId,
        departmentId: post?.data.departmentId,
        title: `Head (${String(post?.data.departmentId).slice(0, 4)})`,
        rank: 'PRINCIPAL',
        businessScope: ['roads'],
        occurredAt: '2023-01-01T00:00:00.000Z',
      });
    }
    const tenure = (postId: string | undefined, from: string, until: string | null) => {
      history.record('CadreAppointedToPost', {
        postId,
        cadreId: CADRE,
        effectiveFrom: from,
        eligibilityOverride: null,
        occurredAt: from,
      });
      if (until !== null) {
        history.record('CadreRelievedFromPost', {
          postId,
          cadreId: CADRE,
          effectiveFrom: until,
          reason: 'Transferred',
          occurredAt: until,
        });
      }
    };
    tenure(world.miningPost?.postId, '2024-01-01T00:00:00.000Z', '2024-12-31T00:00:00.000Z');
    tenure(world.officePost?.postId, '2025-01-01T00:00:00.000Z', '2025-12-31T15:00:00.000Z');
    tenure(world.transportPost?.postId, '2026-03-01T00:00:00.000Z', null);
    const stream = `assessment-${CADRE}-2026`;
    const report = history.record(
      'AnnualReportSubmitted',
      {
        cadreId: CADRE,
        year: 2026,
        statement: 'Both responsibilities implemented',
        occurredAt: '2027-01-10T00:00:00.000Z',
      },
      { stream },
    );
    const verdict = { cadreId: CADRE, year: 2026, remarks: '' };
    const recorded = history.record(
      'AnnualAssessmentRecorded',
      { ...verdict, score: 70, grade: 'BASICALLY_COMPETENT', occurredAt: '2027-02-01T00:00:00Z' },
      { stream },
    );
    const corrected = history.record(
      'AnnualAssessmentCorrected',
      {
        ...verdict,
        score: 80,
        grade: 'COMPETENT',
        previousScore: 70,
        previousGrade: 'BASICALLY_COMPETENT',
        reason: 'Miscounted',
        occurredAt: '2027-02-10T00:00:00Z',
      },
      { stream },
    );
    await project(dataSource, cadreHistoryProjection, history.events);

    const brief = await assessmentBrief(dataSource, CADRE, 2026, READING);
    const transport = (await complianceOfYear(dataSource, 2026, READING)).find(
      (entry) => entry.departmentId === world.transport.departmentId,
    );
    expect(transport?.score).toBeGreaterThan(0);
    expect(brief).toMatchObject({
      cadreId: CADRE,
      name: 'Wang Fang',
      year: 2026,
      report: {
        statement: 'Both responsibilities implemented',
        sourceEventIds: [report.id],
      },
      assessment: { score: 80, grade: 'COMPETENT', sourceEventIds: [corrected.id] },
      gradeBands: { EXCELLENT: 95, COMPETENT: 75, BASICALLY_COMPETENT: 60 },
      departments: [
        {
          departmentId: world.transport.departmentId,
          name: 'Transport Bureau',
          score: transport?.score,
          grade: transport?.grade,
          postIds: [world.transportPost?.postId],
        },
      ],
    });
    expect(brief?.records.map((record) => record.sourceEventIds)).toEqual([
      [recorded.id],
      [corrected.id],
    ]);
    expect(brief?.posts.map((post) => post.postId)).toEqual([world.transportPost?.postId]);
    const earlier = await assessmentBrief(dataSource, CADRE, 2025, READING);
    expect(earlier?.departments.map((entry) => entry.name)).toEqual(['Safety Office']);
    expect(earlier).toMatchObject({ report: null, assessment: null, records: [] });
    expect(await assessmentBrief(dataSource, world.city.departmentId, 2026, READING)).toBeNull();
  });
});
