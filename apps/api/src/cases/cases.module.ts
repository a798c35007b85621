import { Module } from '@nestjs/common';
import { CaseFactsResolver } from './case-facts.resolver';
import { caseDeciderProvider } from './case-decider.provider';
import { CaseLedger } from './case-ledger';
import { CaseGroundsReservations } from './case-grounds.reservations';
import { useCasesIn } from '../platform/use-cases';

/** The cases use cases: one folder each (controller, DTO, command, handler), gathered from here. */
const CASES = useCasesIn(__dirname);

@Module({
  controllers: CASES.controllers,
  providers: [
    caseDeciderProvider,
    CaseLedger,
    CaseGroundsReservations,
    CaseFactsResolver,
    ...CASES.handlers,
  ],
})
export class CasesModule {}
