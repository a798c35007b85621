import { Entity } from 'typeorm';
import { CaseNameRow } from '../case-name-row';

/** The caseworker queue's own register of department, post and cadre names. */
@Entity({ name: 'caseworker_queue_names' })
export class CaseworkerQueueName extends CaseNameRow {}
