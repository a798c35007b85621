import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { AssessmentYearPipe } from '../assessment-year.pipe';
import { CorrectAnnualAssessmentCommand } from './correct-annual-assessment.command';
import { CorrectAnnualAssessmentDto } from './correct-annual-assessment.dto';

@ApiTags('assessments')
@Controller('cadres/:cadreId/assessments/:year')
export class CorrectAnnualAssessmentController {
  constructor(private readonly commands: CommandBus) {}

  @Post('corrections')
  @HttpCode(201)
  @Allow('SUPERVISOR')
  @ApiOperation({
    summary: 'Correct a recorded assessment; the one it replaces stays in the history',
  })
  @CommandEndpoint()
  correct(
    @UuidParam('cadreId') cadreId: string,
    @Param('year', AssessmentYearPipe) year: number,
    @Body() body: CorrectAnnualAssessmentDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new CorrectAnnualAssessmentCommand(cadreId, year, body, context));
  }
}
