import { Injectable, type PipeTransform } from '@nestjs/common';
import { FIGURE_NAMES, type FigureName, isFigureName } from '@dutyledger/read-models';
import { badField } from '../bad-request';

/** `:figure` of a drill-down: one of the figure names, else a 400 naming the field. */
@Injectable()
export class FigurePipe implements PipeTransform<string, FigureName> {
  /** What the OpenAPI document says of the parameter. */
  static readonly openApi = { type: 'string', enum: [...FIGURE_NAMES] } as const;

  transform(value: string): FigureName {
    if (isFigureName(value)) return value;
    throw badField('figure', 'isIn', `figure must be one of: ${FIGURE_NAMES.join(', ')}`);
  }
}
