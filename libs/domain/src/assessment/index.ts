export * from './assessment.commands';
export * from './assessment.decider';
export * from './assessment.errors';
export * from './assessment.events';
export * from './assessment.state';
