export * from './analytics.ts';
export * from './error.ts';
export * from './federation.ts';
export * from './health.ts';
export * from './ids.ts';
export * from './user.ts';
export * from './video.ts';
