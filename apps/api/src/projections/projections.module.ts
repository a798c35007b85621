import { Module } from '@nestjs/common';
import { GetProjectionStatusController } from './get-projection-status/get-projection-status.http';

/** What the projections themselves report: position, lag and dead letters. */
@Module({ controllers: [GetProjectionStatusController] })
export class ProjectionsModule {}
