import { Module } from '@nestjs/common';
import { useCasesIn } from '../platform/use-cases';

/** The organisation use cases: one folder each (controller, DTO, command, handler), gathered from here. */
const ORGANISATION = useCasesIn(__dirname);

@Module({
  controllers: ORGANISATION.controllers,
  providers: [...ORGANISATION.handlers],
})
export class OrganisationModule {}
