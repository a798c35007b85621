export * from './appointment-eligibility';
export * from './calendar';
export * from './deadlines';
export * from './sanction-influence';
export * from './assessment-grades';
export * from './compliance-score';
