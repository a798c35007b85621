export * from './department.commands';
export * from './department.decider';
export * from './department.errors';
export * from './department.events';
export * from './department.hierarchy';
export * from './department.state';
