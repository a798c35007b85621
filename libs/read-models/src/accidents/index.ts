export * from './accident-row.entity';
export * from './accident-case.entity';
export * from './accidents.projection';
export * from './accidents.query';
