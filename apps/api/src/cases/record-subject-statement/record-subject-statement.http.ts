import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { RecordSubjectStatementCommand } from './record-subject-statement.command';
import { RecordSubjectStatementDto } from './record-subject-statement.dto';

@ApiTags('cases')
@Controller('cases')
export class RecordSubjectStatementController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':caseId/statements')
  @HttpCode(201)
  @Allow('CASEWORKER')
  @ApiOperation({
    summary: 'Record a subject’s statement (the right to be heard, before the finding)',
  })
  @CommandEndpoint()
  record(
    @UuidParam('caseId') caseId: string,
    @Body() body: RecordSubjectStatementDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new RecordSubjectStatementCommand(caseId, body, context));
  }
}
