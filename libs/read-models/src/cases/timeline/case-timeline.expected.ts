/**
 * What the case timeline should hold after each step of the case story (case-story.fixtures.ts):
 * the event type, its sentence and the case header, step by step.
 */
import {
  ACCIDENT_AT,
  APPEALS,
  APPEAL_LI,
  APPEAL_ZHANG,
  CASE_ID,
  DECIDER,
  DEPARTMENT,
  DUE_AT,
  EXTENDED_DUE_AT,
  INVESTIGATOR,
  LI,
  NAMES,
  POST_INDUSTRY,
  POST_TRANSPORT,
  REFERRAL_LI,
  SANCTION_LI,
  SANCTION_ZHANG,
  WARNING_LI,
  ZHANG,
} from '../case-story.fixtures';

/** Before the investigation deadline of the story's case. */
export const NOW = new Date('2026-02-01T00:00:00.000Z');

export const zhang = {
  cadreId: ZHANG,
  name: NAMES.zhang,
  postId: POST_INDUSTRY,
  postTitle: NAMES.industry,
};
export const li = {
  cadreId: LI,
  name: NAMES.li,
  postId: POST_TRANSPORT,
  postTitle: NAMES.transport,
};
export const zhangSanction = {
  sanctionId: SANCTION_ZHANG,
  cadreId: ZHANG,
  name: NAMES.zhang,
  sanction: 'CIRCULATED_CRITICISM',
  decidedSanction: 'CIRCULATED_CRITICISM',
  category: 'MEASURE',
  status: 'STANDING',
  decidedBy: DECIDER.id,
  decidedAt: '2026-03-15T09:00:00.000Z',
  round: 0,
  changedByAppealId: null,
  endedAt: null,
};
export const liSanction = {
  ...zhangSanction,
  sanctionId: SANCTION_LI,
  cadreId: LI,
  name: NAMES.li,
  sanction: 'SUSPENSION',
  decidedSanction: 'SUSPENSION',
  decidedAt: '2026-03-15T09:30:00.000Z',
};
export const zhangChanged = {
  ...zhangSanction,
  sanction: 'ADMONISHMENT_TALK',
  status: 'CHANGED_ON_APPEAL',
  changedByAppealId: APPEAL_ZHANG,
};
export const liRevoked = {
  ...liSanction,
  status: 'REVOKED_ON_APPEAL',
  endedAt: '2026-04-10T09:00:00.000Z',
};
export const zhangWithdrawn = {
  ...zhangChanged,
  status: 'WITHDRAWN',
  endedAt: '2026-05-20T09:00:00.000Z',
};
export const liWarning = {
  ...liSanction,
  sanctionId: WARNING_LI,
  sanction: 'WARNING',
  decidedSanction: 'WARNING',
  decidedAt: '2026-05-28T09:00:00.000Z',
  round: 1,
};
export const liReferral = {
  ...liWarning,
  sanctionId: REFERRAL_LI,
  sanction: 'REFERRAL_TO_DISCIPLINE_INSPECTION',
  decidedSanction: 'REFERRAL_TO_DISCIPLINE_INSPECTION',
  category: 'REFERRAL',
  decidedAt: '2026-05-28T09:30:00.000Z',
};
const liNotice = {
  cadreId: LI,
  name: NAMES.li,
  servedAt: '2026-02-25T09:00:00.000Z',
  respondBy: '2026-03-02T15:59:59.999Z',
  round: 0,
};

/** Then, after each step of CASE_STORY: the sentence of its timeline entry and the header. */
export const THEN: readonly [type: string, sentence: string, header: Record<string, unknown>][] = [
  [
    'CaseOpened',
    `A post-accident case was opened for ${NAMES.department} by caseworker-1: Roof collapse in shaft 3: four dead`,
    {
      caseId: CASE_ID,
      kind: 'POST_ACCIDENT',
      status: 'OPENED',
      openedByDepartmentId: DEPARTMENT,
      departmentName: NAMES.department,
      summary: 'Roof collapse in shaft 3: four dead',
      openedAt: '2026-01-05T09:00:00.000Z',
      subjects: [],
      grounds: { failures: [], accident: null },
      deadline: null,
      overdue: false,
      reopenCount: 0,
    },
  ],
  [
    'CaseSubjectNamed',
    `${NAMES.zhang} (${NAMES.industry}) was named a subject by caseworker-1.`,
    { subjects: [zhang] },
  ],
  [
    'CaseSubjectNamed',
    `${NAMES.li} (${NAMES.transport}) was named a subject by caseworker-1.`,
    { subjects: [zhang, li] },
  ],
  [
    'AccidentCited',
    `The accident b1ae6a2c-3f4d-4e5f-8a6b-7c8d9e0f1a2b of ${ACCIDENT_AT} (grade: larger) was cited as grounds by caseworker-1.`,
    {
      grounds: {
        failures: [],
        accident: {
          accidentId: 'b1ae6a2c-3f4d-4e5f-8a6b-7c8d9e0f1a2b',
          occurredAt: ACCIDENT_AT,
          reported: true,
          grade: 'LARGER',
        },
      },
    },
  ],
  [
    'FailureCited',
    `Failure c2bf7b3d-4a5e-4f6a-9b7c-8d9e0f1a2b3c on ${NAMES.industry} of 2025-12-03T08:00:00.000Z (adverse effect: serious; responsible: ${NAMES.zhang}) was cited as grounds by caseworker-1.`,
    {
      grounds: {
        failures: [
          {
            failureId: 'c2bf7b3d-4a5e-4f6a-9b7c-8d9e0f1a2b3c',
            dutyId: 'd3c08c4e-5b6f-4a7b-8c8d-9e0f1a2b3c4d',
            postId: POST_INDUSTRY,
            postTitle: NAMES.industry,
            occurredAt: '2025-12-03T08:00:00.000Z',
            adverseEffect: 'SERIOUS',
            responsibleCadreId: ZHANG,
            responsibleCadreName: NAMES.zhang,
          },
        ],
      },
    },
  ],
  [
    'InvestigationDeadlineSet',
    `The investigation deadline was set to ${DUE_AT} by caseworker-1.`,
    {
      deadline: {
        dueAt: DUE_AT,
        originalDueAt: DUE_AT,
        extended: false,
        extension: null,
        stoppedAt: null,
      },
      overdue: false,
    },
  ],
  [
    'InvestigatorAssigned',
    'Investigator supervisor-first was assigned by caseworker-1.',
    { investigatorId: 'supervisor-first', formerInvestigatorIds: [] },
  ],
  [
    'InvestigatorAssigned',
    'Investigator supervisor-investigating was assigned in place of supervisor-first by caseworker-1.',
    { investigatorId: INVESTIGATOR.id, formerInvestigatorIds: ['supervisor-first'] },
  ],
  [
    'InvestigationStarted',
    'The investigation was started (investigator supervisor-investigating) by caseworker-1.',
    { status: 'UNDER_INVESTIGATION' },
  ],
  [
    'EvidenceAttached',
    `Evidence was attached by caseworker-1: Inspection register of December (SHA-256 ${'ab'.repeat(32)}).`,
    {
      evidence: [
        {
          evidenceId: 'e4d19d5f-6c7a-4b8c-9d9e-0f1a2b3c4d5e',
          description: 'Inspection register of December',
          contentHash: 'ab'.repeat(32),
          attachedAt: '2026-01-09T09:00:00.000Z',
        },
      ],
    },
  ],
  [
    'SubjectStatementRecorded',
    `The statement of ${NAMES.zhang} was recorded by caseworker-1: “The inspections were delegated to the bureau”`,
    { status: 'UNDER_INVESTIGATION', findings: [] },
  ],
  [
    'DeadlineExtended',
    `The investigation deadline was extended by 30 days to ${EXTENDED_DUE_AT} by caseworker-1: The geological survey is not back yet`,
    {
      deadline: {
        dueAt: EXTENDED_DUE_AT,
        originalDueAt: DUE_AT,
        extended: true,
        extension: { days: 30, reason: 'The geological survey is not back yet' },
        stoppedAt: null,
      },
    },
  ],
  [
    'HearingNoticeServed',
    `A hearing notice was served on ${NAMES.li} by caseworker-1; the subject could answer until 2026-03-02T15:59:59.999Z.`,
    { hearingNotices: [liNotice], findings: [] },
  ],
  [
    'FindingRecorded',
    `${NAMES.zhang} was found responsible (leadership) by supervisor-investigating after hearing the subject: Signed off the inspection plan and never followed it up. Mitigating: cooperation (Handed over every inspection plan)`,
    {
      findings: [
        {
          cadreId: ZHANG,
          name: NAMES.zhang,
          responsible: true,
          responsibilityKind: 'LEADERSHIP',
          reasoning: 'Signed off the inspection plan and never followed it up',
          hearing: 'STATEMENT',
          aggravating: [],
          mitigating: [{ circumstance: 'COOPERATION', note: 'Handed over every inspection plan' }],
          recordedBy: INVESTIGATOR.id,
          recordedAt: '2026-03-10T09:00:00.000Z',
          round: 0,
        },
      ],
    },
  ],
  [
    'FindingRecorded',
    `${NAMES.li} was found responsible (supervisory) by supervisor-investigating after a hearing notice the subject left unanswered: Left two warnings about the haulage road unanswered. Aggravating: repeated within year (The second warning since May)`,
    {
      findings: [
        { cadreId: ZHANG, responsible: true },
        {
          cadreId: LI,
          name: NAMES.li,
          responsibilityKind: 'SUPERVISORY',
          hearing: 'NOTICE_UNANSWERED',
          aggravating: [
            { circumstance: 'REPEATED_WITHIN_YEAR', note: 'The second warning since May' },
          ],
        },
      ],
    },
  ],
  [
    'SanctionDecided',
    `The measure circulated criticism was decided for ${NAMES.zhang} by supervisor-deciding.`,
    { sanctions: [zhangSanction] },
  ],
  [
    'SanctionDecided',
    `The measure suspension was decided for ${NAMES.li} by supervisor-deciding.`,
    { sanctions: [zhangSanction, liSanction] },
  ],
  [
    'CaseDecided',
    'The case was decided by supervisor-deciding; appeals may be filed until 2026-04-19T10:00:00.000Z.',
    {
      status: 'DECIDED',
      decidedAt: '2026-03-20T10:00:00.000Z',
      decidedBy: DECIDER.id,
      appealWindowClosesAt: '2026-04-19T10:00:00.000Z',
      deadline: { dueAt: EXTENDED_DUE_AT, stoppedAt: '2026-03-20T10:00:00.000Z' },
    },
  ],
  [
    'AppealFiled',
    `${NAMES.zhang} appealed against the circulated criticism (filed by caseworker-1): The delegation was lawful`,
    {
      status: 'APPEALED',
      appeals: [
        {
          appealId: APPEAL_ZHANG,
          cadreId: ZHANG,
          name: NAMES.zhang,
          sanctionId: SANCTION_ZHANG,
          grounds: 'The delegation was lawful',
          filedAt: '2026-03-25T09:00:00.000Z',
          outcome: null,
          reasoning: null,
          decidedAt: null,
          decidedBy: null,
          round: 0,
        },
      ],
    },
  ],
  [
    'AppealDecided',
    `The appeal of ${NAMES.zhang} was decided by supervisor-appeals: the circulated criticism was changed to admonishment talk. Reasoning: The delegation was lawful but not followed up`,
    {
      status: 'DECIDED',
      sanctions: [zhangChanged, liSanction],
      appeals: [{ appealId: APPEAL_ZHANG, outcome: 'SANCTION_CHANGED', decidedBy: APPEALS.id }],
    },
  ],
  [
    'AppealFiled',
    `${NAMES.li} appealed against the suspension (filed by caseworker-1): The warnings never reached the post`,
    { status: 'APPEALED' },
  ],
  [
    'AppealDecided',
    `The appeal of ${NAMES.li} was decided by supervisor-appeals: the suspension was revoked. Reasoning: The warnings were filed with another department`,
    {
      status: 'DECIDED',
      sanctions: [zhangChanged, liRevoked],
      appeals: [
        { appealId: APPEAL_ZHANG },
        { appealId: APPEAL_LI, outcome: 'SANCTION_REVOKED', decidedAt: '2026-04-10T09:00:00.000Z' },
      ],
    },
  ],
  [
    'CaseClosed',
    'The case was closed by supervisor-deciding: Decided; appeals decided',
    { status: 'CLOSED', closedAt: '2026-04-20T09:00:00.000Z' },
  ],
  [
    'CaseReopened',
    'The case was reopened (1st reopening) by supervisor-deciding: New evidence from the provincial inspection',
    { status: 'REOPENED', closedAt: null, reopenCount: 1 },
  ],
  [
    'FindingRecorded',
    `${NAMES.zhang} was found not responsible by supervisor-investigating after hearing the subject: The provincial inspection shows the follow-up was done`,
    {
      findings: [
        { cadreId: ZHANG, responsible: false, responsibilityKind: null, round: 1 },
        { cadreId: LI, round: 0 },
      ],
    },
  ],
  [
    'SanctionWithdrawn',
    `The admonishment talk of ${NAMES.zhang} was withdrawn by supervisor-investigating: a new finding superseded it.`,
    { status: 'REOPENED', sanctions: [liRevoked, zhangWithdrawn] },
  ],
  [
    'SubjectStatementRecorded',
    `The statement of ${NAMES.li} was recorded by caseworker-1: “The second warning was filed with the transport bureau”`,
    { status: 'REOPENED' },
  ],
  [
    'FindingRecorded',
    `${NAMES.li} was found responsible (supervisory) by supervisor-investigating after hearing the subject: The provincial inspection found the second warning on the post’s desk`,
    {
      findings: [
        { cadreId: ZHANG, round: 1 },
        { cadreId: LI, hearing: 'STATEMENT', aggravating: [], round: 1 },
      ],
    },
  ],
  [
    'SanctionDecided',
    `The measure warning was decided for ${NAMES.li} by supervisor-deciding.`,
    { sanctions: [liWarning, liRevoked, zhangWithdrawn] },
  ],
  [
    'SanctionDecided',
    `A referral to discipline inspection was decided for ${NAMES.li} by supervisor-deciding.`,
    { sanctions: [liWarning, liReferral, liRevoked, zhangWithdrawn] },
  ],
  [
    'CaseDecided',
    'The case was decided by supervisor-deciding; appeals may be filed until 2026-07-01T15:59:59.999Z.',
    {
      status: 'DECIDED',
      decidedAt: '2026-06-01T09:00:00.000Z',
      appealWindowClosesAt: '2026-07-01T15:59:59.999Z',
      waivers: [],
    },
  ],
  [
    'AppealWaived',
    `${NAMES.li} waived the appeal against the warning (recorded by caseworker-1).`,
    {
      status: 'DECIDED',
      waivers: [
        {
          cadreId: LI,
          name: NAMES.li,
          sanctionId: WARNING_LI,
          waivedAt: '2026-06-02T09:00:00.000Z',
          round: 1,
        },
      ],
    },
  ],
];

export const STEPS = THEN.map(([type, sentence, header], index) => ({
  index,
  type,
  sentence,
  header,
}));
