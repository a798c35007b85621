import type { CaseEvent } from '@dutyledger/domain';
import {
  CASE_ID,
  CASE_STORY,
  DEPARTMENT,
  LI,
  NAMES,
  POST_INDUSTRY,
  POST_TRANSPORT,
  ZHANG,
} from '../cases/case-story.fixtures';
import type { CaseNames } from './case-narrative';

/** The names of the whole case story's department, posts and cadres, as the narrative names them. */
export const NAMED: CaseNames = {
  departments: { [DEPARTMENT]: NAMES.department },
  posts: { [POST_INDUSTRY]: NAMES.industry, [POST_TRANSPORT]: NAMES.transport },
  cadres: { [ZHANG]: NAMES.zhang, [LI]: NAMES.li },
};

/** The story's events as the domain types them. */
export const STORY = CASE_STORY.map((step) => ({
  event: { type: step.type, data: { ...step.data, caseId: CASE_ID, occurredAt: step.at } },
  actorId: step.actor.id,
})) as { event: CaseEvent; actorId: string }[];
