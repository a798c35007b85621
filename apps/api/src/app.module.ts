import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import type { DutyLedgerConfig } from '@dutyledger/config';
import { AccidentsModule } from './accidents/accidents.module';
import { AssessmentsModule } from './assessments/assessments.module';
import { CadreQueriesModule } from './cadre-queries/cadre-queries.module';
import { DutyQueriesModule } from './duty-queries/duty-queries.module';
import { AuditModule } from './audit/audit.module';
import { CasesModule } from './cases/cases.module';
import { ComplianceQueriesModule } from './compliance-queries/compliance-queries.module';
import { CaseQueriesModule } from './case-queries/case-queries.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { DutiesModule } from './duties/duties.module';
import { HealthController } from './health/health.http';
import { I18nModule } from './i18n/i18n.module';
import { ObservabilityModule } from './observability/observability.module';
import { OrganisationModule } from './organisation/organisation.module';
import { ProjectionsModule } from './projections/projections.module';
import { GetDepartmentController } from './organisation/get-department/get-department.http';
import { AuthGuard } from './platform/auth/auth.guard';
import { ErrorFilter } from './platform/http/error.filter';
import { QueryStringGuard } from './platform/http/query-string.guard';
import { InfrastructureModule } from './platform/infrastructure.module';
import type { StoresOverrides } from '@dutyledger/wiring';
import type { Logger } from 'pino';

@Module({})
export class AppModule {
  static forConfig(
    config: DutyLedgerConfig,
    overrides: StoresOverrides,
    logger: Logger,
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        ObservabilityModule.forApi(logger),
        InfrastructureModule.forConfig(config, overrides),
        OrganisationModule,
        DutiesModule,
        AccidentsModule,
        AssessmentsModule,
        CasesModule,
        ProjectionsModule,
        ComplianceQueriesModule,
        CaseQueriesModule,
        CadreQueriesModule,
        DutyQueriesModule,
        AuditModule,
        DashboardModule,
        I18nModule,
      ],
      controllers: [HealthController, GetDepartmentController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        // After authentication, as the interceptor it was: a 401 before a 400.
        { provide: APP_GUARD, useClass: QueryStringGuard },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
    };
  }
}
