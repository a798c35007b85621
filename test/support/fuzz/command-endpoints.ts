import type { Role } from '@dutyledger/auth';

/** Every POST command endpoint with the role allowed to call it and the fields of its body. */
export interface Endpoint {
  /** Path template; `:name` parameters are UUIDs except `:year`. */
  template: string;
  role: Role;
  /** The DTO's field names (required and optional), to aim garbage at. */
  fields: string[];
}

export const ENDPOINTS: Endpoint[] = [
  {
    template: '/departments',
    role: 'ADMIN',
    fields: [
      'departmentId',
      'name',
      'level',
      'kind',
      'parentId',
      'industries',
      'supervisionAuthority',
      'effectiveFrom',
    ],
  },
  {
    template: '/cadres',
    role: 'ADMIN',
    fields: ['cadreId', 'name', 'personnelNumber', 'managingDepartmentId', 'occurredAt'],
  },
  {
    template: '/posts',
    role: 'ADMIN',
    fields: ['postId', 'departmentId', 'title', 'rank', 'businessScope', 'effectiveFrom'],
  },
  {
    template: '/posts/:postId/appointments',
    role: 'ADMIN',
    fields: ['cadreId', 'effectiveFrom', 'eligibilityOverride'],
  },
  {
    template: '/posts/:postId/reliefs',
    role: 'ADMIN',
    fields: ['cadreId', 'effectiveFrom', 'reason'],
  },
  {
    template: '/duties',
    role: 'CASEWORKER',
    fields: [
      'dutyId',
      'postId',
      'category',
      'title',
      'principle',
      'industries',
      'cadence',
      'basis',
      'effectiveFrom',
    ],
  },
  {
    template: '/duties/:dutyId/amendments',
    role: 'CASEWORKER',
    fields: ['title', 'principle', 'industries', 'cadence', 'basis', 'reason', 'effectiveFrom'],
  },
  {
    template: '/duties/:dutyId/revocation',
    role: 'CASEWORKER',
    fields: ['reason', 'effectiveFrom'],
  },
  {
    template: '/duties/:dutyId/performances',
    role: 'CASEWORKER',
    fields: ['performanceId', 'period', 'performedAt', 'evidence'],
  },
  {
    template: '/duties/:dutyId/failures',
    role: 'CASEWORKER',
    fields: [
      'failureId',
      'occurredAt',
      'kind',
      'otherKind',
      'safetyImpact',
      'description',
      'evidence',
      'adverseEffect',
    ],
  },
  {
    template: '/accidents',
    role: 'CASEWORKER',
    fields: [
      'accidentId',
      'departmentId',
      'industry',
      'occurredAt',
      'description',
      'deaths',
      'seriousInjuries',
      'directLossYuan',
    ],
  },
  {
    template: '/accidents/:accidentId/casualty-updates',
    role: 'CASEWORKER',
    fields: ['deaths', 'seriousInjuries', 'directLossYuan', 'reason', 'occurredAt'],
  },
  {
    template: '/cases',
    role: 'CASEWORKER',
    fields: [
      'caseId',
      'kind',
      'openedByDepartmentId',
      'subjects',
      'failures',
      'accidentId',
      'summary',
      'occurredAt',
    ],
  },
  {
    template: '/cases/:caseId/investigator',
    role: 'CASEWORKER',
    fields: ['investigatorId', 'occurredAt'],
  },
  { template: '/cases/:caseId/investigation', role: 'CASEWORKER', fields: ['occurredAt'] },
  {
    template: '/cases/:caseId/evidence',
    role: 'CASEWORKER',
    fields: ['evidenceId', 'description', 'contentHash', 'occurredAt'],
  },
  {
    template: '/cases/:caseId/hearing-notices',
    role: 'CASEWORKER',
    fields: ['cadreId', 'occurredAt'],
  },
  {
    template: '/cases/:caseId/statements',
    role: 'CASEWORKER',
    fields: ['cadreId', 'statement', 'occurredAt'],
  },
  {
    template: '/cases/:caseId/deadline-extensions',
    role: 'CASEWORKER',
    fields: ['days', 'reason', 'occurredAt'],
  },
  {
    template: '/cases/:caseId/findings',
    role: 'SUPERVISOR',
    fields: [
      'cadreId',
      'responsible',
      'responsibilityKind',
      'reasoning',
      'aggravating',
      'mitigating',
      'occurredAt',
    ],
  },
  { template: '/cases/:caseId/decision', role: 'SUPERVISOR', fields: ['occurredAt'] },
  {
    template: '/cases/:caseId/sanctions',
    role: 'SUPERVISOR',
    fields: ['sanctionId', 'cadreId', 'sanction', 'occurredAt'],
  },
  {
    template: '/cases/:caseId/appeal-waivers',
    role: 'CASEWORKER',
    fields: ['cadreId', 'occurredAt'],
  },
  {
    template: '/cases/:caseId/appeals',
    role: 'CASEWORKER',
    fields: ['appealId', 'cadreId', 'grounds', 'occurredAt'],
  },
  {
    template: '/cases/:caseId/appeal-decisions',
    role: 'SUPERVISOR',
    fields: ['appealId', 'outcome', 'changedSanction', 'reasoning', 'occurredAt'],
  },
  { template: '/cases/:caseId/closure', role: 'SUPERVISOR', fields: ['reason', 'occurredAt'] },
  { template: '/cases/:caseId/reopening', role: 'SUPERVISOR', fields: ['reason', 'occurredAt'] },
  {
    template: '/cadres/:cadreId/assessments/:year/assessment',
    role: 'SUPERVISOR',
    fields: ['score', 'grade', 'remarks', 'occurredAt'],
  },
  {
    template: '/cadres/:cadreId/assessments/:year/corrections',
    role: 'SUPERVISOR',
    fields: ['score', 'grade', 'remarks', 'reason', 'occurredAt'],
  },
  {
    template: '/cadres/:cadreId/assessments/:year/annual-report',
    role: 'CASEWORKER',
    fields: ['statement', 'occurredAt'],
  },
];
