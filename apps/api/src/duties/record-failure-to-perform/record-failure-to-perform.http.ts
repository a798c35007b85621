import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { NEW_ID, type NewId } from '@dutyledger/wiring';
import { RecordFailureToPerformCommand } from './record-failure-to-perform.command';
import { RecordFailureToPerformDto } from './record-failure-to-perform.dto';

@ApiTags('duties')
@Controller('duties/:dutyId/failures')
export class RecordFailureToPerformController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(NEW_ID) private readonly newId: NewId,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('CASEWORKER')
  @ApiOperation({
    summary: 'Record a failure to perform a duty; the responsible cadre is the post’s holder then',
  })
  @CommandEndpoint()
  record(
    @UuidParam('dutyId') dutyId: string,
    @Body() body: RecordFailureToPerformDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    const failureId = body.failureId ?? this.newId();
    return this.commands.execute(
      new RecordFailureToPerformCommand(dutyId, failureId, body, context),
    );
  }
}
