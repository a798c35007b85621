import { ApiProperty } from '@nestjs/swagger';
import { ACCIDENT_GRADES, type AccidentGrade } from '@dutyledger/domain';
import type { AccidentCaseView, AccidentView } from '@dutyledger/read-models';

export class AccidentCaseItem implements AccidentCaseView {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  /** When the case cited the accident (business time, UTC) */
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
  /** Free text: not for VIEWER */
  description?: string;
  /** When it happened (business time, UTC) */
  occurredAt!: string;
  /** The year it happened in (of DUTYLEDGER_TIME_ZONE) */
  year!: number;
  @ApiProperty({ enum: ACCIDENT_GRADES, description: 'As the latest figures grade it' })
  grade!: AccidentGrade;
  /** As the latest casualty update states */
  deaths!: number;
  /** As the latest casualty update states */
  seriousInjuries!: number;
  /** Direct economic loss in yuan, as the latest update states */
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
