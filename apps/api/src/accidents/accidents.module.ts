import { Module } from '@nestjs/common';
import { ReportAccidentHandler } from './report-accident/report-accident.handler';
import { ReportAccidentController } from './report-accident/report-accident.http';
import { UpdateAccidentCasualtiesHandler } from './update-accident-casualties/update-accident-casualties.handler';
import { UpdateAccidentCasualtiesController } from './update-accident-casualties/update-accident-casualties.http';

/** The accidents use cases: one folder each (controller, DTO, command, handler). */
@Module({
  controllers: [ReportAccidentController, UpdateAccidentCasualtiesController],
  providers: [ReportAccidentHandler, UpdateAccidentCasualtiesHandler],
})
export class AccidentsModule {}
