import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACCIDENT_GRADES, type AccidentGrade } from '@dutyledger/domain';
import type { AccidentCaseView, AccidentView } from '@dutyledger/read-models';

export class AccidentCaseItem implements AccidentCaseView {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ description: 'When the case cited the accident (business time, UTC)' })
  citedAt!: string;
}

/** An accident; `description` is free text, so only for the roles that see personal details. */
export type AccidentItem = Omit<AccidentView, 'description'> & { description?: string };

export class AccidentItemView implements AccidentItem {
  @ApiProperty({ format: 'uuid' }) accidentId!: string;
  @ApiProperty({ format: 'uuid' }) departmentId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null until the register has it' })
  departmentName!: string | null;
  @ApiProperty({ example: 'mining' }) industry!: string;
  @ApiPropertyOptional({ description: 'Free text: not for VIEWER' }) description?: string;
  @ApiProperty({ description: 'When it happened (business time, UTC)' }) occurredAt!: string;
  @ApiProperty({ description: 'The year it happened in (of DUTYLEDGER_TIME_ZONE)' }) year!: number;
  @ApiProperty({ enum: ACCIDENT_GRADES, description: 'As the latest figures grade it' })
  grade!: AccidentGrade;
  @ApiProperty({ description: 'As the latest casualty update states' }) deaths!: number;
  @ApiProperty({ description: 'As the latest casualty update states' }) seriousInjuries!: number;
  @ApiProperty({ description: 'Direct economic loss in yuan, as the latest update states' })
  directLossYuan!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'When the figures were last revised; null while as first reported',
  })
  revisedAt!: string | null;
  @ApiProperty({ type: [AccidentCaseItem], description: 'Cases opened on it, first cited first' })
  cases!: AccidentCaseItem[];
}

export class AccidentPage {
  @ApiProperty({ type: [AccidentItemView] }) items!: AccidentItemView[];
  page!: number;
  pageSize!: number;
  total!: number;
}
