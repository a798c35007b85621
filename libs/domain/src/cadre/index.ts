export * from './cadre.commands';
export * from './cadre.decider';
export * from './cadre.errors';
export * from './cadre.events';
export * from './cadre.state';
