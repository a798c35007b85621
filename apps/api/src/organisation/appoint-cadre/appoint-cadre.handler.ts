import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DutyLedgerConfig } from '@dutyledger/config';
import {
  type AppointCadreToPost,
  type AppointmentEligibility,
  type EligibilityPolicy,
  type JurisdictionCalendar,
  UnknownEntityError,
  appointmentEligibility,
  cadreDecider,
  cadreStream,
  eligibilityPolicy,
  postDecider,
  postStream,
} from '@dutyledger/domain';
import { CALENDAR, CONFIG } from '@dutyledger/wiring';
import { cadreHistoryProjection, eligibilityFactsOf } from '@dutyledger/read-models';
import { ServiceUnavailableException } from '@nestjs/common';
import { type CommandResult, Ledger } from '@dutyledger/ledger';
import { ProjectedFacts } from '../../platform/commands/projected-facts';
import { AppointCadreCommand } from './appoint-cadre.command';

/**
 * Eligibility is enforced at appointment: the cadre's facts (open cases, measures, grades) span
 * many streams, so they come from the cadre history, caught up to the last write first.
 */
@CommandHandler(AppointCadreCommand)
export class AppointCadreHandler implements ICommandHandler<AppointCadreCommand> {
  private readonly policy: EligibilityPolicy;

  constructor(
    private readonly ledger: Ledger,
    private readonly projected: ProjectedFacts,
    @Inject(CALENDAR) private readonly calendar: JurisdictionCalendar,
    @Inject(CONFIG) config: DutyLedgerConfig,
  ) {
    this.policy = eligibilityPolicy(config.policy.sanctionInfluenceMonths);
  }

  execute({ postId, body, context }: AppointCadreCommand): Promise<CommandResult> {
    return this.ledger.execute(
      postStream(postId),
      postId,
      postDecider,
      context,
      async (): Promise<AppointCadreToPost> => {
        await this.requireCadre(body.cadreId);
        return {
          type: 'AppointCadreToPost',
          data: {
            postId,
            cadreId: body.cadreId,
            effectiveFrom: body.effectiveFrom,
            eligibility: await this.eligibility(body.cadreId, body.effectiveFrom),
            override: body.eligibilityOverride ?? null,
          },
        };
      },
    );
  }

  private async eligibility(
    cadreId: string,
    effectiveFrom: string,
  ): Promise<AppointmentEligibility> {
    const asOf = this.calendar.businessTime(effectiveFrom);
    const facts = await this.projected.read(cadreHistoryProjection, (readModels) =>
      eligibilityFactsOf(readModels, cadreId),
    );
    if (facts === null) {
      throw new ServiceUnavailableException({
        statusCode: 503,
        error: 'Service Unavailable',
        code: 'PROJECTIONS_BEHIND',
        message: `The cadre history does not know cadre ${cadreId} yet; try again shortly`,
      });
    }
    return appointmentEligibility(asOf, facts, this.policy, this.calendar);
  }

  private async requireCadre(cadreId: string): Promise<void> {
    const { state } = await this.ledger.load(cadreStream(cadreId), cadreDecider);
    if (state.status !== 'REGISTERED') throw new UnknownEntityError('cadre', cadreId);
  }
}
