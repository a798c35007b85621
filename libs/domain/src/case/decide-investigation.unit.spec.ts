import { fold } from '../shared/decider';
import { spec } from '../testing/decider-spec';
import type {
  AssignInvestigator,
  AttachEvidence,
  RecordSubjectStatement,
  StartInvestigation,
} from './case.commands';
import { caseDecider } from './case.decider';
import {
  CASE_ID,
  caseClosed,
  caseReopened,
  decided,
  HASH,
  INVESTIGATOR,
  investigatorAssigned,
  LI,
  NOW,
  opened,
  SUPERVISOR,
  underInvestigation,
  ZHANG,
} from './case.fixtures';

const at = { caseId: CASE_ID, occurredAt: NOW };
const given = (events = underInvestigation()) => spec(caseDecider).given(events);

const assign = (investigatorId = INVESTIGATOR): AssignInvestigator => ({
  type: 'AssignInvestigator',
  data: { caseId: CASE_ID, investigatorId },
});
const start: StartInvestigation = { type: 'StartInvestigation', data: { caseId: CASE_ID } };
const attach = (data: Partial<AttachEvidence['data']> = {}): AttachEvidence => ({
  type: 'AttachEvidence',
  data: {
    caseId: CASE_ID,
    evidenceId: 'evidence-1',
    description: 'Inspection log 2025-Q4',
    contentHash: HASH,
    ...data,
  },
});
const state = (cadreId = ZHANG, statement = 'I was on leave'): RecordSubjectStatement => ({
  type: 'RecordSubjectStatement',
  data: { caseId: CASE_ID, cadreId, statement },
});

describe('AssignInvestigator', () => {
  it('assigns an investigator to an opened case', () => {
    given(opened())
      .when(assign())
      .then([
        {
          type: 'InvestigatorAssigned',
          data: { ...at, investigatorId: INVESTIGATOR, previousInvestigatorId: null },
        },
      ]);
  });

  it('reassigns the investigation, naming the previous investigator', () => {
    given()
      .when(assign('user-inspector-zhou'))
      .then([
        {
          type: 'InvestigatorAssigned',
          data: {
            ...at,
            investigatorId: 'user-inspector-zhou',
            previousInvestigatorId: INVESTIGATOR,
          },
        },
      ]);
  });

  it('rejects assigning the investigator who already investigates', () => {
    given().when(assign()).thenRejects('INVESTIGATOR_ALREADY_ASSIGNED');
  });

  it('rejects assigning an investigator once the case is decided', () => {
    given(decided()).when(assign('user-inspector-zhou')).thenRejects('CASE_ALREADY_DECIDED');
  });

  it('rejects as investigator the supervisor who decided a sanction in the case', () => {
    given([...decided(), caseClosed(), caseReopened()])
      .when(assign(SUPERVISOR))
      .thenRejects('SANCTIONING_SUPERVISOR_CANNOT_INVESTIGATE');
  });
});

describe('StartInvestigation', () => {
  it('starts the investigation with the assigned investigator', () => {
    given([...opened(), investigatorAssigned()])
      .when(start)
      .then([{ type: 'InvestigationStarted', data: { ...at, investigatorId: INVESTIGATOR } }]);
  });

  it('rejects starting before an investigator is assigned', () => {
    given(opened()).when(start).thenRejects('INVESTIGATOR_NOT_ASSIGNED');
  });

  it('rejects starting an investigation that is already under way', () => {
    given().when(start).thenRejects('INVESTIGATION_ALREADY_STARTED');
  });

  it('rejects starting an investigation of a decided case', () => {
    given(decided()).when(start).thenRejects('CASE_ALREADY_DECIDED');
  });
});

describe('AttachEvidence', () => {
  it('attaches evidence by description and content hash', () => {
    given()
      .when(attach())
      .then([
        {
          type: 'EvidenceAttached',
          data: {
            ...at,
            evidenceId: 'evidence-1',
            description: 'Inspection log 2025-Q4',
            contentHash: HASH,
          },
        },
      ]);
  });

  it('records the content hash in lower case', () => {
    given()
      .when(attach({ contentHash: HASH.toUpperCase() }))
      .then([
        {
          type: 'EvidenceAttached',
          data: {
            ...at,
            evidenceId: 'evidence-1',
            description: 'Inspection log 2025-Q4',
            contentHash: HASH,
          },
        },
      ]);
  });

  it('rejects evidence before the investigation has started', () => {
    given(opened()).when(attach()).thenRejects('CASE_NOT_UNDER_INVESTIGATION');
  });

  it('rejects evidence without a description', () => {
    given()
      .when(attach({ description: '' }))
      .thenRejects('EVIDENCE_DESCRIPTION_REQUIRED');
  });

  it('rejects a content hash that is not SHA-256 hex', () => {
    given()
      .when(attach({ contentHash: 'z'.repeat(64) }))
      .thenRejects('EVIDENCE_HASH_INVALID');
    given()
      .when(attach({ contentHash: HASH.slice(2) }))
      .thenRejects('EVIDENCE_HASH_INVALID');
  });

  it('rejects attaching the same evidence twice', () => {
    const attached = caseDecider.decide(attach(), fold(caseDecider, underInvestigation()), {
      now: new Date(NOW),
    });
    given([...underInvestigation(), ...attached])
      .when(attach({ description: 'Another log' }))
      .thenRejects('EVIDENCE_ALREADY_ATTACHED');
  });
});

describe('RecordSubjectStatement', () => {
  it('records a statement of a subject', () => {
    given()
      .when(state())
      .then([
        {
          type: 'SubjectStatementRecorded',
          data: { ...at, cadreId: ZHANG, statement: 'I was on leave' },
        },
      ]);
  });

  it('rejects a statement of a cadre who is not a subject', () => {
    given().when(state(LI)).thenRejects('CADRE_NOT_A_SUBJECT');
  });

  it('rejects a blank statement', () => {
    given().when(state(ZHANG, '\n')).thenRejects('STATEMENT_REQUIRED');
  });

  it('rejects a statement outside the investigation', () => {
    given(decided()).when(state()).thenRejects('CASE_NOT_UNDER_INVESTIGATION');
  });
});
