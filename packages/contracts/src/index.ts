export * from './errors.js';
export * from './pagination.js';
export * from './health.js';
export * from './locale.js';
export * from './users.js';
