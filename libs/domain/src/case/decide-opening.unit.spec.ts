import { BUSINESS_TIME_IN_FUTURE } from '../shared/business-time';
import { UnknownEntityError } from '../shared/domain-error';
import { spec } from '../testing/decider-spec';
import type { CaseCommand } from './case.commands';
import { caseDecider } from './case.decider';
import {
  accident,
  ACCIDENT_DUE,
  CASE_ID,
  context,
  failure,
  LI,
  NO_CIRCUMSTANCES,
  NOW,
  openPostAccident,
  openPreAccident,
  opened,
  POST_INDUSTRY,
  POST_TRANSPORT,
  SUPERVISION_DEPT,
  ZHANG,
} from './case.fixtures';

const given = (events = opened()) => spec(caseDecider).given(events);
const fresh = () => spec(caseDecider).given([]);
const at = { caseId: CASE_ID, occurredAt: NOW };

describe('OpenAccountability', () => {
  it('opens a pre-accident case naming its subject and citing the failure, with no deadline', () => {
    fresh()
      .when(openPreAccident())
      .then([
        {
          type: 'CaseOpened',
          data: {
            ...at,
            kind: 'PRE_ACCIDENT',
            openedByDepartmentId: SUPERVISION_DEPT,
            summary: 'Monthly hazard inspections of chemical plants not carried out',
          },
        },
        { type: 'CaseSubjectNamed', data: { ...at, cadreId: ZHANG, postId: POST_INDUSTRY } },
        {
          type: 'FailureCited',
          data: {
            ...at,
            failureId: 'failure-1',
            dutyId: 'duty-1',
            postId: POST_INDUSTRY,
            failureOccurredAt: '2025-11-03T08:00:00.000Z',
            adverseEffect: 'SERIOUS',
            responsibleCadreId: ZHANG,
          },
        },
      ]);
  });

  it('opens a post-accident case citing the accident, due at the end of the 60th local day after it', () => {
    fresh()
      .when(openPostAccident())
      .then([
        {
          type: 'CaseOpened',
          data: {
            ...at,
            kind: 'POST_ACCIDENT',
            openedByDepartmentId: SUPERVISION_DEPT,
            summary: 'Warehouse fire with four deaths',
          },
        },
        { type: 'CaseSubjectNamed', data: { ...at, cadreId: ZHANG, postId: POST_INDUSTRY } },
        { type: 'CaseSubjectNamed', data: { ...at, cadreId: LI, postId: POST_TRANSPORT } },
        {
          type: 'AccidentCited',
          data: {
            ...at,
            accidentId: 'accident-1',
            accidentOccurredAt: '2026-01-01T06:30:00.000Z',
            accidentGrade: 'LARGER',
          },
        },
        { type: 'InvestigationDeadlineSet', data: { ...at, dueAt: ACCIDENT_DUE } },
      ]);
  });

  it('cites the accident in canonical UTC whatever zone its time was written in', () => {
    const events = caseDecider.decide(
      openPostAccident({
        grounds: { failures: [], accident: accident({ occurredAt: '2026-01-01T14:30:00+08:00' }) },
      }),
      caseDecider.initialState,
      context(NOW),
    );
    expect(events.slice(-2)).toEqual([
      {
        type: 'AccidentCited',
        data: {
          ...at,
          accidentId: 'accident-1',
          accidentOccurredAt: '2026-01-01T06:30:00.000Z',
          accidentGrade: 'LARGER',
        },
      },
      { type: 'InvestigationDeadlineSet', data: { ...at, dueAt: ACCIDENT_DUE } },
    ]);
  });

  it('counts the 60 days from the accident’s local day, not its UTC day', () => {
    // 07:00 on 1 September 2025 in Beijing is still 31 August in UTC
    const events = caseDecider.decide(
      openPostAccident({
        grounds: { failures: [], accident: accident({ occurredAt: '2025-09-01T07:00:00+08:00' }) },
      }),
      caseDecider.initialState,
      context(NOW),
    );
    expect(events.at(-1)).toEqual({
      type: 'InvestigationDeadlineSet',
      data: { ...at, dueAt: '2025-10-31T15:59:59.999Z' },
    });
  });

  it('cites a failure in canonical UTC whatever zone its time was written in', () => {
    const events = caseDecider.decide(
      openPreAccident({
        grounds: {
          failures: [failure({ occurredAt: '2025-11-03T16:00:00+08:00' })],
          accident: null,
        },
      }),
      caseDecider.initialState,
      context(NOW),
    );
    expect(events.at(-1)).toMatchObject({
      type: 'FailureCited',
      data: { failureOccurredAt: '2025-11-03T08:00:00.000Z' },
    });
  });

  it('cites failures found besides the accident of a post-accident case', () => {
    const events = caseDecider.decide(
      openPostAccident({ grounds: { failures: [failure()], accident: accident() } }),
      caseDecider.initialState,
      context(NOW),
    );
    expect(events.map((event) => event.type)).toContain('FailureCited');
  });

  it('rejects opening a case that is already open', () => {
    given().when(openPreAccident()).thenRejects('CASE_ALREADY_OPENED');
  });

  it('rejects opening by a department that is not a supervision authority', () => {
    fresh()
      .when(
        openPreAccident({
          openedBy: { departmentId: 'dept-finance', supervisionAuthority: false },
        }),
      )
      .thenRejects('OPENER_NOT_SUPERVISION_AUTHORITY');
  });

  it('rejects a blank summary', () => {
    fresh()
      .when(openPreAccident({ summary: '  ' }))
      .thenRejects('CASE_SUMMARY_REQUIRED');
  });

  it('rejects a case without subjects', () => {
    fresh()
      .when(openPreAccident({ subjects: [] }))
      .thenRejects('CASE_SUBJECT_REQUIRED');
  });

  it('rejects a cadre named twice as subject', () => {
    const subject = { cadreId: ZHANG, postId: POST_INDUSTRY };
    fresh()
      .when(openPreAccident({ subjects: [subject, { ...subject, postId: POST_TRANSPORT }] }))
      .thenRejects('DUPLICATE_CASE_SUBJECT');
  });

  it('rejects a failure cited twice', () => {
    fresh()
      .when(openPreAccident({ grounds: { failures: [failure(), failure()], accident: null } }))
      .thenRejects('DUPLICATE_CITED_FAILURE');
  });

  describe('pre-accident grounds', () => {
    const citing = (...failures: ReturnType<typeof failure>[]) =>
      openPreAccident({ grounds: { failures, accident: null } });

    it('accepts a failure with a minor adverse effect', () => {
      const events = caseDecider.decide(
        citing(failure({ adverseEffect: 'MINOR' })),
        caseDecider.initialState,
        context(NOW),
      );
      expect(events[0]?.type).toBe('CaseOpened');
    });

    it('rejects a subject whose cited failure had no adverse effect', () => {
      fresh()
        .when(citing(failure({ adverseEffect: 'NONE' })))
        .thenRejects('PRE_ACCIDENT_SUBJECT_WITHOUT_ADVERSE_FAILURE');
    });

    it('rejects grounds that are a failure of a vacant post', () => {
      fresh()
        .when(citing(failure({ responsibleCadreId: null })))
        .thenRejects('PRE_ACCIDENT_SUBJECT_WITHOUT_ADVERSE_FAILURE');
    });

    it('rejects a subject who was not the responsible cadre of the failure', () => {
      fresh()
        .when(citing(failure({ responsibleCadreId: LI })))
        .thenRejects('PRE_ACCIDENT_SUBJECT_WITHOUT_ADVERSE_FAILURE');
    });

    it('rejects a failure on another post than the one the subject is named with', () => {
      fresh()
        .when(citing(failure({ postId: POST_TRANSPORT })))
        .thenRejects('PRE_ACCIDENT_SUBJECT_WITHOUT_ADVERSE_FAILURE');
    });

    it('rejects a second subject without a failure of their own', () => {
      fresh()
        .when(
          openPreAccident({
            subjects: [
              { cadreId: ZHANG, postId: POST_INDUSTRY },
              { cadreId: LI, postId: POST_TRANSPORT },
            ],
          }),
        )
        .thenRejects('PRE_ACCIDENT_SUBJECT_WITHOUT_ADVERSE_FAILURE');
    });

    it('rejects a failure on a business duty recorded without a safety impact', () => {
      fresh()
        .when(citing(failure({ workSafety: false })))
        .thenRejects('CITED_FAILURE_NOT_WORK_SAFETY', /failure-1/);
    });

    it('rejects a business failure cited beside a work-safety one', () => {
      fresh()
        .when(citing(failure(), failure({ failureId: 'failure-2', workSafety: false })))
        .thenRejects('CITED_FAILURE_NOT_WORK_SAFETY', /failure-2/);
    });

    it('opens a case on a business-duty failure recorded with a safety impact', () => {
      const licence = failure({ failureId: 'failure-licence', dutyId: 'duty-permits' });
      const events = caseDecider.decide(citing(licence), caseDecider.initialState, context(NOW));
      expect(events.map((event) => event.type)).toEqual([
        'CaseOpened',
        'CaseSubjectNamed',
        'FailureCited',
      ]);
    });

    it('rejects an accident cited in a pre-accident case', () => {
      fresh()
        .when(openPreAccident({ grounds: { failures: [failure()], accident: accident() } }))
        .thenRejects('ACCIDENT_CITED_IN_PRE_ACCIDENT_CASE');
    });
  });

  describe('post-accident grounds', () => {
    it('rejects a post-accident case without an accident', () => {
      fresh()
        .when(openPostAccident({ grounds: { failures: [failure()], accident: null } }))
        .thenRejects('POST_ACCIDENT_CASE_REQUIRES_REPORTED_ACCIDENT');
    });

    it('rejects a post-accident case whose accident was not reported', () => {
      fresh()
        .when(
          openPostAccident({ grounds: { failures: [], accident: accident({ reported: false }) } }),
        )
        .thenRejects('POST_ACCIDENT_CASE_REQUIRES_REPORTED_ACCIDENT');
    });

    it('rejects a subject whose post was held by another cadre when the accident happened', () => {
      fresh()
        .when(
          openPostAccident({
            subjects: [{ cadreId: ZHANG, postId: POST_INDUSTRY, holderAtAccident: 'cadre-zhou' }],
          }),
        )
        .thenRejects('SUBJECT_DID_NOT_HOLD_POST_AT_ACCIDENT', /held by cadre cadre-zhou/);
    });

    it('rejects a subject named with a post that was vacant when the accident happened', () => {
      fresh()
        .when(
          openPostAccident({
            subjects: [{ cadreId: ZHANG, postId: POST_INDUSTRY, holderAtAccident: null }],
          }),
        )
        .thenRejects('SUBJECT_DID_NOT_HOLD_POST_AT_ACCIDENT', /vacant/);
    });

    it('rejects a subject whose holding at the accident was not looked up', () => {
      fresh()
        .when(openPostAccident({ subjects: [{ cadreId: ZHANG, postId: POST_INDUSTRY }] }))
        .thenRejects('SUBJECT_DID_NOT_HOLD_POST_AT_ACCIDENT');
    });

    it('rejects the case when one of several subjects did not hold the post', () => {
      fresh()
        .when(
          openPostAccident({
            subjects: [
              { cadreId: ZHANG, postId: POST_INDUSTRY, holderAtAccident: ZHANG },
              { cadreId: LI, postId: POST_TRANSPORT, holderAtAccident: ZHANG },
            ],
          }),
        )
        .thenRejects('SUBJECT_DID_NOT_HOLD_POST_AT_ACCIDENT', /Cadre cadre-li/);
    });
  });

  describe('business time of the opening', () => {
    it('opens the case when the caller says it was opened, every event at that time', () => {
      const events = caseDecider.decide(
        openPreAccident({ occurredAt: '2026-01-10' }),
        caseDecider.initialState,
        context(NOW),
      );
      expect(new Set(events.map((event) => event.data.occurredAt))).toEqual(
        new Set(['2026-01-09T16:00:00.000Z']),
      );
    });

    it('rejects an opening dated in the future', () => {
      fresh()
        .when(openPreAccident({ occurredAt: '2026-01-16' }))
        .thenRejects(BUSINESS_TIME_IN_FUTURE);
    });

    it('rejects a pre-accident case opened before its failure happened', () => {
      fresh()
        .when(openPreAccident({ occurredAt: '2025-11-03T15:59:59+08:00' }))
        .thenRejects('CASE_OPENED_BEFORE_GROUNDS', /failure failure-1/);
    });

    it('opens a case at the instant of its failure', () => {
      const events = caseDecider.decide(
        openPreAccident({ occurredAt: failure().occurredAt }),
        caseDecider.initialState,
        context(NOW),
      );
      expect(events[0]?.data.occurredAt).toBe(failure().occurredAt);
    });

    it('rejects a post-accident case opened before its accident happened', () => {
      fresh()
        .when(openPostAccident({ occurredAt: '2026-01-01T14:29:59+08:00' }))
        .thenRejects('CASE_OPENED_BEFORE_GROUNDS', /accident accident-1/);
    });

    it('rejects a post-accident case opened before a failure cited beside the accident', () => {
      fresh()
        .when(
          openPostAccident({
            occurredAt: '2026-01-02',
            grounds: {
              failures: [failure({ occurredAt: '2026-01-03T08:00:00.000Z' })],
              accident: accident(),
            },
          }),
        )
        .thenRejects('CASE_OPENED_BEFORE_GROUNDS', /failure failure-1/);
    });
  });
});

describe('a case that was never opened', () => {
  const commands: CaseCommand[] = [
    { type: 'AssignInvestigator', data: { caseId: CASE_ID, investigatorId: 'x' } },
    { type: 'StartInvestigation', data: { caseId: CASE_ID } },
    {
      type: 'AttachEvidence',
      data: { caseId: CASE_ID, evidenceId: 'e', description: 'd', contentHash: 'a'.repeat(64) },
    },
    { type: 'ServeHearingNotice', data: { caseId: CASE_ID, cadreId: ZHANG } },
    { type: 'RecordSubjectStatement', data: { caseId: CASE_ID, cadreId: ZHANG, statement: 's' } },
    {
      type: 'RecordFinding',
      data: {
        caseId: CASE_ID,
        cadreId: ZHANG,
        responsible: false,
        responsibilityKind: null,
        reasoning: 'r',
        circumstances: NO_CIRCUMSTANCES,
        recordedBy: 'u',
      },
    },
    {
      type: 'DecideSanction',
      data: {
        caseId: CASE_ID,
        sanctionId: 's',
        cadreId: ZHANG,
        sanction: 'DEMOTION',
        decidedBy: 'u',
      },
    },
    { type: 'DecideCase', data: { caseId: CASE_ID, decidedBy: 'u' } },
    { type: 'WaiveAppeal', data: { caseId: CASE_ID, cadreId: ZHANG } },
    { type: 'FileAppeal', data: { caseId: CASE_ID, appealId: 'a', cadreId: ZHANG, grounds: 'g' } },
    {
      type: 'DecideAppeal',
      data: {
        caseId: CASE_ID,
        appealId: 'a',
        outcome: 'UPHELD',
        changedSanction: null,
        reasoning: 'r',
        decidedBy: 'u',
      },
    },
    { type: 'ExtendDeadline', data: { caseId: CASE_ID, days: 10, reason: 'r' } },
    { type: 'CloseCase', data: { caseId: CASE_ID, reason: 'r' } },
    { type: 'ReopenCase', data: { caseId: CASE_ID, reason: 'r' } },
  ];

  it.each(commands.map((command) => [command.type, command]))(
    'answers %s with an unknown case',
    (_type, command) => {
      expect(() => caseDecider.decide(command, caseDecider.initialState, context(NOW))).toThrow(
        new UnknownEntityError('case', CASE_ID),
      );
      spec(caseDecider).given([]).when(command).thenRejects('CASE_NOT_FOUND');
    },
  );
});
