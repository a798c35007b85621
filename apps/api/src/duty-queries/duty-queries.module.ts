import { Module } from '@nestjs/common';
import { GetDutyController } from './get-duty/get-duty.http';

/** Reading one duty with its post, holders, performances, failures and the cases on them. */
@Module({ controllers: [GetDutyController] })
export class DutyQueriesModule {}
