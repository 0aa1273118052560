// What the scratch apps share: a strict tsconfig like a new app's, with per-app additions.

const base = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'Bundler',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  strict: true,
  // The package's own declarations are checked too.
  skipLibCheck: false,
  noEmit: true,
  types: [],
};

export function tsconfig(
  compilerOptions: Record<string, unknown>,
  rest: Record<string, unknown> = {},
): string {
  return JSON.stringify({ compilerOptions: { ...base, ...compilerOptions }, ...rest });
}
