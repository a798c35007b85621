import { randomUUID } from 'node:crypto';
import {
  accidentStream,
  assessmentStream,
  cadreStream,
  caseStream,
  departmentStream,
  dutyStream,
  postStream,
} from '@dutyledger/domain';
import type { RunningApp } from '../support/running-app';
import { StoredWorld } from './stored-world';

/** 12:00 on 20 December 2026, Beijing time. */
export const NOW = new Date('2026-12-20T04:00:00.000Z');
export const INVESTIGATOR = { id: 'supervisor-investigating', role: 'SUPERVISOR' };
export const DECIDER = { id: 'supervisor-deciding', role: 'SUPERVISOR' };

export const OVERRIDE = {
  reason: 'Approved by the standing committee: the only qualified engineer',
  blocks: [
    {
      reason: 'INCOMPETENT_GRADE',
      detail: 'The latest work-safety assessment (2023) graded the cadre INCOMPETENT',
      sourceEventIds: ['0f9e8d7c-6b5a-4948-8f7e-6d5c4b3a2910'],
    },
  ],
};

/**
 * The construction commission's director, appointed in 2024 over a blocked eligibility, carries a
 * monthly building-site inspection duty assigned on 1 December 2026 (Beijing time). The emergency
 * management bureau, the supervision authority, opens a case against him; he is heard by a notice
 * left unanswered, gets a demerit and a referral, and waives the appeal. All facts are stored as
 * the command side stores them (the failure as schema v1, before failure kinds).
 */
export async function constructionCommission(running: RunningApp) {
  const world = new StoredWorld(running);
  const ids = {
    city: randomUUID(),
    bureau: randomUUID(),
    commission: randomUUID(),
    director: randomUUID(),
    deputy: randomUUID(),
    zhao: randomUUID(),
    qian: randomUUID(),
    duty: randomUUID(),
    failure: randomUUID(),
    accident: randomUUID(),
    caseId: randomUUID(),
    demerit: randomUUID(),
    referral: randomUUID(),
  };
  const department = (
    departmentId: string,
    name: string,
    parentId: string | null,
    authority = false,
  ) =>
    world.record(departmentStream(departmentId), 'DepartmentRegistered', {
      departmentId,
      name,
      level: 'MUNICIPAL',
      kind: parentId === null ? 'GOVERNMENT' : 'WORKING_DEPARTMENT',
      parentId,
      industries: ['construction'],
      supervisionAuthority: authority,
      occurredAt: '2020-01-01T00:00:00+08:00',
    });
  await department(ids.city, 'Riverside Municipal People’s Government', null);
  await department(ids.bureau, 'Riverside Emergency Management Bureau', ids.city, true);
  await department(ids.commission, 'Riverside Construction Commission', ids.city);
  const post = (postId: string, title: string) =>
    world.record(postStream(postId), 'PostEstablished', {
      postId,
      departmentId: ids.commission,
      title,
      rank: 'PRINCIPAL',
      businessScope: ['construction'],
      occurredAt: '2024-01-01T00:00:00+08:00',
    });
  await post(ids.director, 'Director of the Construction Commission');
  await post(ids.deputy, 'Deputy Director of the Construction Commission');
  for (const [cadreId, name] of [
    [ids.zhao, 'Zhao Lei'],
    [ids.qian, 'Qian Min'],
  ] as const) {
    await world.record(cadreStream(cadreId), 'CadreRegistered', {
      cadreId,
      name,
      personnelNumber: `RS-${cadreId.slice(0, 8)}`,
      managingDepartmentId: ids.city,
      occurredAt: '2023-12-01T00:00:00+08:00',
    });
  }
  await world.record(postStream(ids.director), 'CadreAppointedToPost', {
    postId: ids.director,
    cadreId: ids.zhao,
    effectiveFrom: '2024-03-01T00:00:00+08:00',
    eligibilityOverride: OVERRIDE,
    occurredAt: '2024-03-01T00:00:00+08:00',
  });
  // Stored before eligibility was enforced (schema v1): nothing was overridden.
  await world.record(
    postStream(ids.deputy),
    'CadreAppointedToPost',
    {
      postId: ids.deputy,
      cadreId: ids.qian,
      effectiveFrom: '2025-01-01T00:00:00+08:00',
      occurredAt: '2025-01-01T00:00:00+08:00',
    },
    { schemaVersion: 1 },
  );
  await world.record(dutyStream(ids.duty), 'DutyAssigned', {
    dutyId: ids.duty,
    postId: ids.director,
    category: 'WORK_SAFETY',
    title: 'Monthly safety inspection of building sites',
    principle: 'MANAGES_INDUSTRY',
    industries: ['construction'],
    cadence: 'MONTHLY',
    basis: 'Work Safety Law, art. 3',
    occurredAt: '2026-12-01T00:00:00+08:00',
  });
  const performance = (period: string, performedAt: string) =>
    world.record(dutyStream(ids.duty), 'DutyPerformanceRecorded', {
      dutyId: ids.duty,
      performanceId: randomUUID(),
      period,
      performedAt,
      evidence: `Inspection report ${period}`,
      occurredAt: performedAt,
    });
  // February was never due (the duty began in December): accepted before business times counted.
  const february = await performance('2026-02', '2026-12-02T10:00:00+08:00');
  const december = await performance('2026-12', '2026-12-03T10:00:00+08:00');
  await world.record(
    dutyStream(ids.duty),
    'FailureToPerformRecorded',
    {
      failureId: ids.failure,
      dutyId: ids.duty,
      postId: ids.director,
      occurredAt: '2026-12-05T10:00:00+08:00',
      description: 'The December inspection of the Eastbank site was skipped',
      evidence: 'Inspection register, December',
      adverseEffect: 'SERIOUS',
      responsibleCadreId: ids.zhao,
      vacant: false,
    },
    { schemaVersion: 1 },
  );
  await world.record(accidentStream(ids.accident), 'AccidentReported', {
    accidentId: ids.accident,
    departmentId: ids.commission,
    industry: 'construction',
    occurredAt: '2026-09-01T07:00:00+08:00',
    description: 'Scaffold collapse on the Eastbank site',
    deaths: 1,
    seriousInjuries: 0,
    directLossYuan: 0,
    grade: 'GENERAL',
  });
  const onCase = (
    type: string,
    occurredAt: string,
    data: Record<string, unknown>,
    actor = { id: 'caseworker-1', role: 'CASEWORKER' },
  ) =>
    world.record(
      caseStream(ids.caseId),
      type,
      { caseId: ids.caseId, ...data, occurredAt },
      { actor },
    );
  await onCase('CaseOpened', '2026-12-06T09:00:00+08:00', {
    kind: 'PRE_ACCIDENT',
    openedByDepartmentId: ids.bureau,
    summary: 'Building-site inspections skipped',
  });
  await onCase('CaseSubjectNamed', '2026-12-06T09:00:00+08:00', {
    cadreId: ids.zhao,
    postId: ids.director,
  });
  await onCase('FailureCited', '2026-12-06T09:00:00+08:00', {
    failureId: ids.failure,
    dutyId: ids.duty,
    postId: ids.director,
    failureOccurredAt: '2026-12-05T10:00:00+08:00',
    adverseEffect: 'SERIOUS',
    responsibleCadreId: ids.zhao,
  });
  await onCase('InvestigatorAssigned', '2026-12-06T10:00:00+08:00', {
    investigatorId: INVESTIGATOR.id,
    previousInvestigatorId: null,
  });
  await onCase('InvestigationStarted', '2026-12-06T11:00:00+08:00', {
    investigatorId: INVESTIGATOR.id,
  });
  await onCase('HearingNoticeServed', '2026-12-07T09:00:00+08:00', {
    cadreId: ids.zhao,
    respondBy: '2026-12-12T15:59:59.999Z',
  });
  await onCase(
    'FindingRecorded',
    '2026-12-13T09:00:00+08:00',
    {
      cadreId: ids.zhao,
      responsible: true,
      responsibilityKind: 'LEADERSHIP',
      reasoning: 'Signed the inspection plan and never followed it up',
      hearing: 'NOTICE_UNANSWERED',
      aggravating: [{ circumstance: 'REPEATED_WITHIN_YEAR', note: 'Second lapse since June' }],
      mitigating: [],
      recordedBy: INVESTIGATOR.id,
    },
    INVESTIGATOR,
  );
  const decision = (sanctionId: string, sanction: string) =>
    onCase(
      'SanctionDecided',
      '2026-12-15T10:00:00+08:00',
      { sanctionId, cadreId: ids.zhao, sanction, decidedBy: DECIDER.id },
      DECIDER,
    );
  await decision(ids.demerit, 'DEMERIT');
  await decision(ids.referral, 'REFERRAL_TO_DISCIPLINE_INSPECTION');
  await onCase(
    'CaseDecided',
    '2026-12-15T10:00:00+08:00',
    { appealWindowClosesAt: '2027-01-14T15:59:59.999Z', decidedBy: DECIDER.id },
    DECIDER,
  );
  await onCase('AppealWaived', '2026-12-16T09:00:00+08:00', {
    cadreId: ids.zhao,
    sanctionId: ids.demerit,
  });
  const assessment = assessmentStream(ids.zhao, 2026);
  await world.record(assessment, 'AnnualReportSubmitted', {
    cadreId: ids.zhao,
    year: 2026,
    statement: 'Both responsibilities implemented, but for the December lapse',
    occurredAt: '2026-12-18T09:00:00+08:00',
  });
  await world.record(
    assessment,
    'AnnualAssessmentRecorded',
    {
      cadreId: ids.zhao,
      year: 2026,
      score: 58,
      grade: 'INCOMPETENT',
      remarks: 'Serious lapse in December',
      occurredAt: '2026-12-19T09:00:00+08:00',
    },
    { actor: DECIDER },
  );
  await world.projected();
  return { ids, february, december };
}
