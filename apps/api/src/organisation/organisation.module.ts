import { Module } from '@nestjs/common';

/** The organisation use cases: one folder each (controller, DTO, command, handler). */
@Module({
  controllers: [],
  providers: [],
})
export class OrganisationModule {}
