export * from './errors';
export * from './meta';
export * from './query';
export * from './records';
export * from './regions';
