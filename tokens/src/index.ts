export * from './tokens.ts';
export * from './css.ts';
export { contrastRatio } from './contrast.ts';
