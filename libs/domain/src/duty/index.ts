export * from './duty.commands';
export * from './duty.coverage';
export * from './duty.decider';
export * from './duty.errors';
export * from './duty.events';
export * from './duty.period';
export * from './duty.state';
