import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { AssessmentYearPipe } from '../assessment-year.pipe';
import { SubmitAnnualReportCommand } from './submit-annual-report.command';
import { SubmitAnnualReportDto } from './submit-annual-report.dto';

@ApiTags('assessments')
@Controller('cadres/:cadreId/assessments/:year')
export class SubmitAnnualReportController {
  constructor(private readonly commands: CommandBus) {}

  @Post('annual-report')
  @HttpCode(201)
  @Allow('CASEWORKER')
  @ApiOperation({
    summary: 'Submit a cadre’s annual report on how the two responsibilities were implemented',
  })
  @CommandEndpoint()
  submit(
    @UuidParam('cadreId') cadreId: string,
    @Param('year', AssessmentYearPipe) year: number,
    @Body() body: SubmitAnnualReportDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new SubmitAnnualReportCommand(cadreId, year, body, context));
  }
}
