import { Module } from '@nestjs/common';

/** The duties use cases: one folder each (controller, DTO, command, handler). */
@Module({
  controllers: [],
  providers: [],
})
export class DutiesModule {}
