export * from './duty-case-ground.entity';
export * from './duty-grounds.projection';
export * from './duty-page.query';
