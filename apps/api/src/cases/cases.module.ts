import { Module } from '@nestjs/common';
import { CaseFactsResolver } from './case-facts.resolver';
import { caseDeciderProvider } from './case-decider.provider';
import { CaseLedger } from './case-ledger';
import { CaseGroundsReservations } from './case-grounds.reservations';
import { ServeHearingNoticeHandler } from './serve-hearing-notice/serve-hearing-notice.handler';
import { ServeHearingNoticeController } from './serve-hearing-notice/serve-hearing-notice.http';
import { WaiveAppealHandler } from './waive-appeal/waive-appeal.handler';
import { WaiveAppealController } from './waive-appeal/waive-appeal.http';
import { OpenAccountabilityHandler } from './open-accountability/open-accountability.handler';
import { OpenAccountabilityController } from './open-accountability/open-accountability.http';
import { AssignInvestigatorHandler } from './assign-investigator/assign-investigator.handler';
import { AssignInvestigatorController } from './assign-investigator/assign-investigator.http';
import { StartInvestigationHandler } from './start-investigation/start-investigation.handler';
import { StartInvestigationController } from './start-investigation/start-investigation.http';
import { AttachEvidenceHandler } from './attach-evidence/attach-evidence.handler';
import { AttachEvidenceController } from './attach-evidence/attach-evidence.http';
import { RecordSubjectStatementHandler } from './record-subject-statement/record-subject-statement.handler';
import { RecordSubjectStatementController } from './record-subject-statement/record-subject-statement.http';
import { RecordFindingHandler } from './record-finding/record-finding.handler';
import { RecordFindingController } from './record-finding/record-finding.http';
import { DecideSanctionHandler } from './decide-sanction/decide-sanction.handler';
import { DecideSanctionController } from './decide-sanction/decide-sanction.http';
import { DecideCaseHandler } from './decide-case/decide-case.handler';
import { DecideCaseController } from './decide-case/decide-case.http';
import { FileAppealHandler } from './file-appeal/file-appeal.handler';
import { FileAppealController } from './file-appeal/file-appeal.http';
import { DecideAppealHandler } from './decide-appeal/decide-appeal.handler';
import { DecideAppealController } from './decide-appeal/decide-appeal.http';
import { ExtendDeadlineHandler } from './extend-deadline/extend-deadline.handler';
import { ExtendDeadlineController } from './extend-deadline/extend-deadline.http';
import { CloseCaseHandler } from './close-case/close-case.handler';
import { CloseCaseController } from './close-case/close-case.http';
import { ReopenCaseHandler } from './reopen-case/reopen-case.handler';
import { ReopenCaseController } from './reopen-case/reopen-case.http';

/** The cases use cases: one folder each (controller, DTO, command, handler). */
@Module({
  controllers: [
    OpenAccountabilityController,
    AssignInvestigatorController,
    StartInvestigationController,
    AttachEvidenceController,
    ServeHearingNoticeController,
    RecordSubjectStatementController,
    RecordFindingController,
    DecideSanctionController,
    DecideCaseController,
    WaiveAppealController,
    FileAppealController,
    DecideAppealController,
    ExtendDeadlineController,
    CloseCaseController,
    ReopenCaseController,
  ],
  providers: [
    caseDeciderProvider,
    CaseLedger,
    CaseGroundsReservations,
    CaseFactsResolver,
    OpenAccountabilityHandler,
    AssignInvestigatorHandler,
    StartInvestigationHandler,
    AttachEvidenceHandler,
    ServeHearingNoticeHandler,
    RecordSubjectStatementHandler,
    RecordFindingHandler,
    DecideSanctionHandler,
    DecideCaseHandler,
    WaiveAppealHandler,
    FileAppealHandler,
    DecideAppealHandler,
    ExtendDeadlineHandler,
    CloseCaseHandler,
    ReopenCaseHandler,
  ],
})
export class CasesModule {}
