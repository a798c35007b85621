export * from './case-record';
export * from './case-report.compose';
export {
  type CaseReportInput,
  type OverriddenAppointment,
  renderCaseReport,
} from './case-report.html';
