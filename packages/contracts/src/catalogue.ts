/**
 * The catalogue: experiences (four categories), their images, availability, closures and the home
 * page highlights. Texts come in both languages ({ pt, en }); picking one is the client's job.
 * Money is integer centavos; dates are `YYYY-MM-DD` in the reserve's time zone.
 */
export * from './catalogue/common.js';
export * from './catalogue/images.js';
export * from './catalogue/experiences.js';
export * from './catalogue/availability.js';
export * from './catalogue/closures.js';
export * from './catalogue/highlights.js';
