import type { CommandContext } from '../../platform/commands/command-context';
import type { ReportAccidentDto } from './report-accident.dto';

export class ReportAccidentCommand {
  constructor(
    readonly accidentId: string,
    readonly body: ReportAccidentDto,
    readonly context: CommandContext,
  ) {}
}
