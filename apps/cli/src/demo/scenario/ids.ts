import { demoId } from '../demo-ids';

/** The id of each kind of thing the scenario names. */
export const ids = {
  department: (key: string) => demoId(`department:${key}`),
  post: (key: string) => demoId(`post:${key}`),
  cadre: (key: string) => demoId(`cadre:${key}`),
  duty: (key: string) => demoId(`duty:${key}`),
  performance: (dutyKey: string, period: string) => demoId(`performance:${dutyKey}:${period}`),
  failure: (key: string) => demoId(`failure:${key}`),
  accident: (key: string) => demoId(`accident:${key}`),
  case: (key: string) => demoId(`case:${key}`),
  evidence: (caseKey: string, index: number) => demoId(`evidence:${caseKey}:${index}`),
  sanction: (caseKey: string, step: number) => demoId(`sanction:${caseKey}:${step}`),
  appeal: (caseKey: string, cadreKey: string) => demoId(`appeal:${caseKey}:${cadreKey}`),
};
