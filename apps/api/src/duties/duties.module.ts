import { Module } from '@nestjs/common';
import { useCasesIn } from '../platform/use-cases';

/** The duties use cases: one folder each (controller, DTO, command, handler), gathered from here. */
const DUTIES = useCasesIn(__dirname);

@Module({
  controllers: DUTIES.controllers,
  providers: [...DUTIES.handlers],
})
export class DutiesModule {}
