import { Controller, Get, Inject, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { READ_MODELS } from '@dutyledger/wiring';
import { type AccidentMonth, accidentsByMonth, monthsBetween } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';
import { badField } from '../bad-request';
import { jurisdictionOf } from '../jurisdiction';
import { AccidentsByGradeQuery } from './accidents-by-grade.dto';
import { AccidentMonthView } from './accidents-by-grade.view';

/** The longest series one request may ask for. */
export const MAX_MONTHS = 120;

@ApiTags('compliance')
@Controller('accidents')
export class AccidentsByGradeController {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @Get('by-grade')
  @Allow('ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'VIEWER')
  @ApiOperation({
    summary: 'Accidents per month by latest grade, every month of the range (zeros included)',
  })
  @ApiOkResponse({ type: [AccidentMonthView] })
  @ApiBadRequestResponse({ description: 'from/to malformed, reversed or over 120 months apart' })
  @ApiNotFoundResponse({ description: 'No such department (or not projected yet)' })
  async series(@Query() query: AccidentsByGradeQuery): Promise<AccidentMonth[]> {
    if (query.to < query.from) throw badField('to', 'notBeforeFrom', 'to must not be before from');
    if (monthsBetween(query.from, query.to).length > MAX_MONTHS) {
      throw badField('to', 'maxMonths', `from..to must span at most ${MAX_MONTHS} months`);
    }
    const departmentIds = query.departmentId
      ? await jurisdictionOf(this.readModels, query.departmentId, true)
      : undefined;
    return accidentsByMonth(this.readModels, { from: query.from, to: query.to, departmentIds });
  }
}
