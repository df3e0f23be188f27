export * from './errors.js';
export * from './pagination.js';
export * from './health.js';
export * from './locale.js';
export * from './users.js';
export * from './documents-br.js';
export * from './auth.js';
export * from './me.js';
