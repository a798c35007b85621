import { PageQuery } from '../../platform/http/page';
import { RollupField } from '../rollup-field';

export class DrillDownQuery extends PageQuery {
  @RollupField()
  rollup?: 'true' | 'false';
}
