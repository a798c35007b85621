import { Entity } from 'typeorm';
import { CaseNameRow } from '../case-name-row';

/** The case timeline's own register of department, post and cadre names. */
@Entity({ name: 'case_timeline_names' })
export class CaseTimelineName extends CaseNameRow {}
