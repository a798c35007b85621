import { Module } from '@nestjs/common';

/** The cases use cases: one folder each (controller, DTO, command, handler). */
@Module({
  controllers: [],
  providers: [],
})
export class CasesModule {}
