import { Inject, Injectable } from '@nestjs/common';
import type { DutyLedgerConfig } from '@dutyledger/config';
import {
  type EligibilityBlock,
  type EligibilityPolicy,
  type JurisdictionCalendar,
  appointmentEligibility,
  eligibilityPolicy,
} from '@dutyledger/domain';
import { CALENDAR, CLOCK, CONFIG, type Clock, READ_MODELS } from '@dutyledger/wiring';
import { eligibilityFactsOf } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';

export interface CadreEligibility {
  cadreId: string;
  asOf: string;
  eligible: boolean;
  blocks: EligibilityBlock[];
}

/**
 * A cadre's appointment eligibility as of a moment (now when not given), from the cadre history
 * read model and the domain's rule: what `GET /cadres/{id}/eligibility` answers and what
 * `GET /cadres?include=eligibility` puts beside each cadre of the page.
 */
@Injectable()
export class CadreEligibilityReader {
  /** The influence periods: the domain's defaults with the configured overrides. */
  private readonly policy: EligibilityPolicy;

  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CALENDAR) private readonly calendar: JurisdictionCalendar,
    @Inject(CONFIG) config: DutyLedgerConfig,
  ) {
    this.policy = eligibilityPolicy(config.policy.sanctionInfluenceMonths);
  }

  /** The moment asked for, in the jurisdiction's terms (a date alone: the end of that day). */
  asOf(asked?: string): string {
    return this.calendar.asOf(asked ?? this.clock().toISOString());
  }

  /** null when the read model does not know the cadre. */
  async of(cadreId: string, asOf: string): Promise<CadreEligibility | null> {
    const facts = await eligibilityFactsOf(this.readModels, cadreId);
    if (facts === null) return null;
    return { cadreId, asOf, ...appointmentEligibility(asOf, facts, this.policy, this.calendar) };
  }
}
