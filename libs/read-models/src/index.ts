export * from './database/read-model-data-source';
export * from './runner/projection';
export * from './runner/projection-runner';
export * from './runner/projection-checkpoint.entity';
export * from './runner/parked-event.entity';
export * from './departments/department-row.entity';
export * from './departments/departments.projection';
export * from './departments/departments.query';
