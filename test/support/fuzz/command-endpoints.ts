import type { Role } from '@dutyledger/platform';

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
    ],
  },
  {
    template: '/cadres',
    role: 'ADMIN',
    fields: ['cadreId', 'name', 'personnelNumber', 'managingDepartmentId'],
  },
  {
    template: '/posts',
    role: 'ADMIN',
    fields: ['postId', 'departmentId', 'title', 'rank', 'businessScope'],
  },
  { template: '/posts/:postId/appointments', role: 'ADMIN', fields: ['cadreId', 'effectiveFrom'] },
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
    ],
  },
  {
    template: '/duties/:dutyId/amendments',
    role: 'CASEWORKER',
    fields: ['title', 'principle', 'industries', 'cadence', 'basis', 'reason'],
  },
  { template: '/duties/:dutyId/revocation', role: 'CASEWORKER', fields: ['reason'] },
  {
    template: '/duties/:dutyId/performances',
    role: 'CASEWORKER',
    fields: ['performanceId', 'period', 'performedAt', 'evidence'],
  },
  {
    template: '/duties/:dutyId/failures',
    role: 'CASEWORKER',
    fields: ['failureId', 'occurredAt', 'description', 'evidence', 'adverseEffect'],
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
    fields: ['deaths', 'seriousInjuries', 'directLossYuan', 'reason'],
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
    ],
  },
  { template: '/cases/:caseId/investigator', role: 'CASEWORKER', fields: ['investigatorId'] },
  { template: '/cases/:caseId/investigation', role: 'CASEWORKER', fields: [] },
  {
    template: '/cases/:caseId/evidence',
    role: 'CASEWORKER',
    fields: ['evidenceId', 'description', 'contentHash'],
  },
  { template: '/cases/:caseId/statements', role: 'CASEWORKER', fields: ['cadreId', 'statement'] },
  {
    template: '/cases/:caseId/deadline-extensions',
    role: 'CASEWORKER',
    fields: ['days', 'reason'],
  },
  {
    template: '/cases/:caseId/findings',
    role: 'SUPERVISOR',
    fields: ['cadreId', 'responsible', 'responsibilityKind', 'reasoning'],
  },
  { template: '/cases/:caseId/decision', role: 'SUPERVISOR', fields: [] },
  {
    template: '/cases/:caseId/sanctions',
    role: 'SUPERVISOR',
    fields: ['sanctionId', 'cadreId', 'sanction'],
  },
  {
    template: '/cases/:caseId/appeals',
    role: 'CASEWORKER',
    fields: ['appealId', 'cadreId', 'grounds'],
  },
  {
    template: '/cases/:caseId/appeal-decisions',
    role: 'SUPERVISOR',
    fields: ['appealId', 'outcome', 'changedSanction', 'reasoning'],
  },
  { template: '/cases/:caseId/closure', role: 'SUPERVISOR', fields: ['reason'] },
  { template: '/cases/:caseId/reopening', role: 'SUPERVISOR', fields: ['reason'] },
  {
    template: '/cadres/:cadreId/assessments/:year/assessment',
    role: 'SUPERVISOR',
    fields: ['score', 'grade', 'remarks'],
  },
  {
    template: '/cadres/:cadreId/assessments/:year/corrections',
    role: 'SUPERVISOR',
    fields: ['score', 'grade', 'remarks', 'reason'],
  },
  {
    template: '/cadres/:cadreId/assessments/:year/annual-report',
    role: 'CASEWORKER',
    fields: ['statement'],
  },
];
