import {
  type AppealDecidedV1Data,
  CASE_EVENT_SCHEMA_VERSIONS as V,
  type CaseDecidedV1Data,
  type DeadlineExtendedV1Data,
  type FindingRecordedV1Data,
  upcastAppealDecidedV1,
  upcastCaseDecidedV1,
  upcastDeadlineExtendedV1,
  upcastFindingRecordedV1,
} from '@dutyledger/domain';
import { type EventCodec, olderVersion } from '../codec/event-codec';
import { actorOf } from './actor-of';

/** Every case event names its case and says when it happened. */
const CASE = { caseId: 'string', occurredAt: 'string' } as const;

/** The accountability case's events: versions, older shapes and shapes of today. */
export function defineCaseEvents(codec: EventCodec): EventCodec {
  return codec
    .define('CaseOpened', {
      version: V.CaseOpened,
      shape: { ...CASE, kind: 'string', openedByDepartmentId: 'string', summary: 'string' },
    })
    .define('CaseSubjectNamed', {
      version: V.CaseSubjectNamed,
      shape: { ...CASE, cadreId: 'string', postId: 'string' },
    })
    .define('FailureCited', {
      version: V.FailureCited,
      shape: {
        ...CASE,
        failureId: 'string',
        dutyId: 'string',
        postId: 'string',
        failureOccurredAt: 'string',
        adverseEffect: 'string',
        responsibleCadreId: 'string or null',
      },
    })
    .define('AccidentCited', {
      version: V.AccidentCited,
      shape: {
        ...CASE,
        accidentId: 'string',
        accidentOccurredAt: 'string',
        accidentGrade: 'string',
      },
    })
    .define('InvestigationDeadlineSet', {
      version: V.InvestigationDeadlineSet,
      shape: { ...CASE, dueAt: 'string' },
    })
    .define('InvestigatorAssigned', {
      version: V.InvestigatorAssigned,
      shape: { ...CASE, investigatorId: 'string', previousInvestigatorId: 'string or null' },
    })
    .define('InvestigationStarted', {
      version: V.InvestigationStarted,
      shape: { ...CASE, investigatorId: 'string' },
    })
    .define('EvidenceAttached', {
      version: V.EvidenceAttached,
      shape: { ...CASE, evidenceId: 'string', description: 'string', contentHash: 'string' },
    })
    .define('HearingNoticeServed', {
      version: V.HearingNoticeServed,
      shape: { ...CASE, cadreId: 'string', respondBy: 'string' },
    })
    .define('SubjectStatementRecorded', {
      version: V.SubjectStatementRecorded,
      shape: { ...CASE, cadreId: 'string', statement: 'string' },
    })
    .define('FindingRecorded', {
      version: V.FindingRecorded,
      shape: {
        ...CASE,
        cadreId: 'string',
        responsible: 'boolean',
        responsibilityKind: 'string or null',
        reasoning: 'string',
        hearing: 'string',
        aggravating: 'array',
        mitigating: 'array',
        recordedBy: 'string or null',
      },
      upcasters: {
        1: olderVersion<FindingRecordedV1Data>(
          {
            ...CASE,
            cadreId: 'string',
            responsible: 'boolean',
            responsibilityKind: 'string or null',
            reasoning: 'string',
            heardBeforeFinding: 'boolean',
          },
          (data, stored) => upcastFindingRecordedV1(data, actorOf(stored)),
        ),
      },
    })
    .define('SanctionWithdrawn', {
      version: V.SanctionWithdrawn,
      shape: { ...CASE, sanctionId: 'string', cadreId: 'string', reason: 'string' },
    })
    .define('SanctionDecided', {
      version: V.SanctionDecided,
      shape: {
        ...CASE,
        sanctionId: 'string',
        cadreId: 'string',
        sanction: 'string',
        decidedBy: 'string',
      },
    })
    .define('CaseDecided', {
      version: V.CaseDecided,
      shape: { ...CASE, appealWindowClosesAt: 'string', decidedBy: 'string or null' },
      upcasters: {
        1: olderVersion<CaseDecidedV1Data>(
          { ...CASE, appealWindowClosesAt: 'string' },
          (data, stored) => upcastCaseDecidedV1(data, actorOf(stored)),
        ),
      },
    })
    .define('AppealWaived', {
      version: V.AppealWaived,
      shape: { ...CASE, cadreId: 'string', sanctionId: 'string' },
    })
    .define('AppealFiled', {
      version: V.AppealFiled,
      shape: {
        ...CASE,
        appealId: 'string',
        cadreId: 'string',
        sanctionId: 'string',
        grounds: 'string',
      },
    })
    .define('AppealDecided', {
      version: V.AppealDecided,
      shape: { ...APPEAL_DECIDED_V1, decidedBy: 'string or null' },
      upcasters: {
        1: olderVersion<AppealDecidedV1Data>(APPEAL_DECIDED_V1, (data, stored) =>
          upcastAppealDecidedV1(data, actorOf(stored)),
        ),
      },
    })
    .define('DeadlineExtended', {
      version: V.DeadlineExtended,
      shape: { ...DEADLINE_EXTENDED_V1, dueAt: 'string' },
      upcasters: {
        1: olderVersion<DeadlineExtendedV1Data>(DEADLINE_EXTENDED_V1, (data) =>
          upcastDeadlineExtendedV1(data),
        ),
      },
    })
    .define('CaseClosed', { version: V.CaseClosed, shape: { ...CASE, reason: 'string' } })
    .define('CaseReopened', { version: V.CaseReopened, shape: { ...CASE, reason: 'string' } });
}

const APPEAL_DECIDED_V1 = {
  ...CASE,
  appealId: 'string',
  cadreId: 'string',
  sanctionId: 'string',
  outcome: 'string',
  changedSanction: 'string or null',
  reasoning: 'string',
} as const;

const DEADLINE_EXTENDED_V1 = {
  ...CASE,
  days: 'number',
  reason: 'string',
  previousDueAt: 'string',
} as const;
