import type { Provider } from '@nestjs/common';
import type { DutyLedgerConfig } from '@dutyledger/config';
import { createCaseDecider } from '@dutyledger/domain';
import { CONFIG } from '@dutyledger/wiring';

/** The case decider with the configured policy (appeal window, hearing response period). */
export const CASE_DECIDER = Symbol('CaseDecider');

export const caseDeciderProvider: Provider = {
  provide: CASE_DECIDER,
  inject: [CONFIG],
  useFactory: (config: DutyLedgerConfig) =>
    createCaseDecider({
      appealWindowDays: config.policy.appealWindowDays,
      hearingResponseDays: config.policy.hearingResponseDays,
    }),
};
