import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../platform/auth/access.decorator';
import type { CommandContext, CommandResult } from '@dutyledger/ledger';
import { Context } from '../../platform/commands/command-context';
import { CommandEndpoint } from '../../platform/http/command-endpoint.decorator';
import { NEW_ID, type NewId } from '@dutyledger/wiring';
import { ReportAccidentCommand } from './report-accident.command';
import { ReportAccidentDto } from './report-accident.dto';

@ApiTags('accidents')
@Controller('accidents')
export class ReportAccidentController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(NEW_ID) private readonly newId: NewId,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('CASEWORKER')
  @ApiOperation({
    summary: 'Report a work-safety accident; its grade is derived from the casualty figures',
  })
  @CommandEndpoint()
  report(
    @Body() body: ReportAccidentDto,
    @Context() context: CommandContext,
  ): Promise<CommandResult> {
    const accidentId = body.accidentId ?? this.newId();
    return this.commands.execute(new ReportAccidentCommand(accidentId, body, context));
  }
}
