import { Module } from '@nestjs/common';
import { AccessLogRecorder } from './access-log/access-log.recorder';
import { CaseBundleController } from './case-bundle/case-bundle.http';
import { CaseHistoryController } from './case-history/case-history.http';
import { CaseRecordReader } from './case-record.reader';
import { CaseReportController } from './case-report/case-report.http';
import { CaseStateController } from './case-state/case-state.http';
import { ListAccessLogController } from './list-access-log/list-access-log.http';
import { LogCheckpointsLifecycle } from './log-checkpoints/log-checkpoints.lifecycle';
import { VerifyChainController } from './verify-chain/verify-chain.http';

/**
 * The auditors' reads: history, as-of state, verification, bundle, report, and the access log;
 * and the signed checkpoints of the log they verify against.
 */
@Module({
  controllers: [
    CaseHistoryController,
    CaseStateController,
    VerifyChainController,
    CaseBundleController,
    CaseReportController,
    ListAccessLogController,
  ],
  providers: [CaseRecordReader, AccessLogRecorder, LogCheckpointsLifecycle],
})
export class AuditModule {}
