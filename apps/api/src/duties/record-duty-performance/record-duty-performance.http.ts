import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { NEW_ID, type NewId } from '@dutyledger/wiring';
import { RecordDutyPerformanceCommand } from './record-duty-performance.command';
import { RecordDutyPerformanceDto } from './record-duty-performance.dto';

@ApiTags('duties')
@Controller('duties/:dutyId/performances')
export class RecordDutyPerformanceController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(NEW_ID) private readonly newId: NewId,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('CASEWORKER')
  @ApiOperation({ summary: 'Record evidence that a duty was performed for a period' })
  @CommandEndpoint()
  record(
    @UuidParam('dutyId') dutyId: string,
    @Body() body: RecordDutyPerformanceDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    const performanceId = body.performanceId ?? this.newId();
    return this.commands.execute(
      new RecordDutyPerformanceCommand(dutyId, performanceId, body, context),
    );
  }
}
