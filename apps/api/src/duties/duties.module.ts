import { Module } from '@nestjs/common';
import { AmendDutyHandler } from './amend-duty/amend-duty.handler';
import { AmendDutyController } from './amend-duty/amend-duty.http';
import { AssignDutyHandler } from './assign-duty/assign-duty.handler';
import { AssignDutyController } from './assign-duty/assign-duty.http';
import { RecordDutyPerformanceHandler } from './record-duty-performance/record-duty-performance.handler';
import { RecordDutyPerformanceController } from './record-duty-performance/record-duty-performance.http';
import { RecordFailureToPerformHandler } from './record-failure-to-perform/record-failure-to-perform.handler';
import { RecordFailureToPerformController } from './record-failure-to-perform/record-failure-to-perform.http';
import { RevokeDutyHandler } from './revoke-duty/revoke-duty.handler';
import { RevokeDutyController } from './revoke-duty/revoke-duty.http';

/** The duties use cases: one folder each (controller, DTO, command, handler). */
@Module({
  controllers: [
    AssignDutyController,
    AmendDutyController,
    RevokeDutyController,
    RecordDutyPerformanceController,
    RecordFailureToPerformController,
  ],
  providers: [
    AssignDutyHandler,
    AmendDutyHandler,
    RevokeDutyHandler,
    RecordDutyPerformanceHandler,
    RecordFailureToPerformHandler,
  ],
})
export class DutiesModule {}
