export * from './accident.commands';
export * from './accident.decider';
export * from './accident.errors';
export * from './accident.events';
export * from './accident.grade';
export * from './accident.state';
