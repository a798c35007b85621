export * from './reservation.commands';
export * from './reservation.decider';
export * from './reservation.events';
export * from './reservation.state';
