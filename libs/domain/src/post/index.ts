export * from './post.appointments';
export * from './post.commands';
export * from './post.decider';
export * from './post.errors';
export * from './post.events';
export * from './post.state';
export * from './cadre-appointed-to-post.v1';
