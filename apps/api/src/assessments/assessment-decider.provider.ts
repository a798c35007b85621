import type { Provider } from '@nestjs/common';
import type { DutyLedgerConfig } from '@dutyledger/config';
import { createAssessmentDecider, gradeBands } from '@dutyledger/domain';
import { CONFIG } from '@dutyledger/wiring';

/** The annual assessment decider with the configured grade bands. */
export const ASSESSMENT_DECIDER = Symbol('AssessmentDecider');

export const assessmentDeciderProvider: Provider = {
  provide: ASSESSMENT_DECIDER,
  inject: [CONFIG],
  useFactory: (config: DutyLedgerConfig) =>
    createAssessmentDecider(gradeBands(config.policy.gradeBands)),
};
