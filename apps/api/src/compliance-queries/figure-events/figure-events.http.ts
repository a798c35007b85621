import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { JurisdictionCalendar } from '@dutyledger/domain';
import { CALENDAR, READ_MODELS } from '@dutyledger/wiring';
import { FIGURE_NAMES, type FigureName, figureEvents } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';
import { pageWindow } from '../../platform/http/page';
import { UuidParam } from '../../platform/http/uuid-param';
import { ComplianceYearPipe } from '../compliance-year';
import { jurisdictionOf } from '../jurisdiction';
import { DrillDownQuery } from './figure-events.dto';
import { FigurePipe } from './figure.pipe';
import { FigureEventPage } from './figure-events.view';

@ApiTags('compliance')
@Controller('compliance')
export class FigureEventsController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(CALENDAR) private readonly calendar: JurisdictionCalendar,
  ) {}

  @Get(':departmentId/:year/figures/:figure')
  @Allow('ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'VIEWER')
  @ApiOperation({
    summary: 'The events behind one figure, in log order',
    description:
      '`dutiesFailed` and `accidents` stand for all their parts; `dutiesDue` lists the events ' +
      'that opened the duty spans owing periods in the year. Events listed beside the counted ' +
      'ones without counting (`counted: false`): a re-grading, the appeal that changed a ' +
      'measure, the naming of a subject that makes a case count here, a performance for a ' +
      'period that was not due. With rollup, an event counted by several departments is listed ' +
      'once. Years are those of DUTYLEDGER_TIME_ZONE.',
  })
  @ApiParam({ name: 'figure', enum: FIGURE_NAMES })
  @ApiOkResponse({ type: FigureEventPage })
  @ApiBadRequestResponse({ description: 'A malformed id, year, figure, page or pageSize' })
  @ApiNotFoundResponse({ description: 'No such department (or not projected yet)' })
  async list(
    @UuidParam('departmentId') departmentId: string,
    @Param('year', ComplianceYearPipe) year: number,
    @Param('figure', FigurePipe) figure: FigureName,
    @Query() query: DrillDownQuery,
  ): Promise<FigureEventPage> {
    const { page, pageSize, skip } = pageWindow(query);
    const departmentIds = await jurisdictionOf(
      this.readModels,
      departmentId,
      query.rollup === 'true',
    );
    const { items, total } = await figureEvents(
      this.readModels,
      { departmentIds, year, figure, skip, take: pageSize },
      this.calendar,
    );
    return { items, page, pageSize, total };
  }
}
