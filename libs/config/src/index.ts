export * from './config';
export * from './config-shape';
export {
  CONFIG_PROBLEMS,
  CONFIG_PROBLEM_CODES,
  type ConfigProblem,
  type ConfigProblemCode,
  type ConfigProblemValues,
} from './config-problems';
