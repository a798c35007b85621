import { Module } from '@nestjs/common';
import { useCasesIn } from '../platform/use-cases';

/** The accidents use cases: one folder each (controller, DTO, command, handler), gathered from here. */
const ACCIDENTS = useCasesIn(__dirname);

@Module({
  controllers: ACCIDENTS.controllers,
  providers: [...ACCIDENTS.handlers],
})
export class AccidentsModule {}
