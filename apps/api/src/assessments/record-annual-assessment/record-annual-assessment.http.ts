import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { AssessmentYearPipe } from '../assessment-year.pipe';
import { RecordAnnualAssessmentCommand } from './record-annual-assessment.command';
import { RecordAnnualAssessmentDto } from './record-annual-assessment.dto';

@ApiTags('assessments')
@Controller('cadres/:cadreId/assessments/:year')
export class RecordAnnualAssessmentController {
  constructor(private readonly commands: CommandBus) {}

  @Post('assessment')
  @HttpCode(201)
  @Allow('SUPERVISOR')
  @ApiOperation({
    summary: 'Record a cadre’s work-safety assessment for a year (after the annual report)',
  })
  @CommandEndpoint()
  record(
    @UuidParam('cadreId') cadreId: string,
    @Param('year', AssessmentYearPipe) year: number,
    @Body() body: RecordAnnualAssessmentDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new RecordAnnualAssessmentCommand(cadreId, year, body, context));
  }
}
