import { Module } from '@nestjs/common';

/** The accidents use cases: one folder each (controller, DTO, command, handler). */
@Module({
  controllers: [],
  providers: [],
})
export class AccidentsModule {}
