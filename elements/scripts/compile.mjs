// Compiles the element sources to what the package ships: one ES2022 module per source file
// with its .d.ts, relative `.ts` imports rewritten to `.js`, and any helper the emitted code
// needs imported from tslib, not inlined.
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/** What is not part of the public elements: tests, stories, story and test helpers, the dashboard's JSX typing. */
const PRIVATE = [
  /\.test\.tsx?$/,
  /\.stories\.tsx?$/,
  /\.d\.ts$/,
  /(^|\/)shared\/(test|story)-helpers\.ts$/,
];

/** The shipped source files under `sourceRoot`, sorted. */
export async function elementSources(sourceRoot) {
  const entries = await readdir(sourceRoot, { recursive: true });
  return entries
    .filter((file) => file.endsWith('.ts') && !PRIVATE.some((re) => re.test(file)))
    .map((file) => join(sourceRoot, file))
    .sort();
}

export const compilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: [],
  strict: true,
  declaration: true,
  importHelpers: true,
  useDefineForClassFields: true,
  verbatimModuleSyntax: true,
  allowImportingTsExtensions: true,
  rewriteRelativeImportExtensions: true,
  skipLibCheck: true,
  newLine: ts.NewLineKind.LineFeed,
};

/**
 * TypeScript rewrites `./x.ts` to `./x.js` in the JavaScript it emits but not in declarations;
 * a consumer's compiler must find `./x.js` (→ `./x.d.ts`) there too.
 */
const jsSpecifiers = (text) =>
  text.replace(/((?:from|import)\s+['"]\.{1,2}\/[^'"]+)\.ts(['"])/g, '$1.js$2');

/**
 * The sources read their version from remote-ready's package.json
 * (`import packageJson from '../../../package.json' with { type: 'json' }`), a file the package
 * does not ship and must not leak: the import becomes the one field used, inlined.
 */
function inlineVersion(text, sourceFile) {
  return text.replace(
    /import (\w+) from '([^']+\.json)' with \{ type: 'json' \};/g,
    (_, name, specifier) => {
      const uses = new Set(
        [...text.matchAll(new RegExp(`\\b${name}\\.(\\w+)`, 'g'))].map((m) => m[1]),
      );
      if ([...uses].some((field) => field !== 'version')) {
        throw new Error(`${sourceFile}: only \`${name}.version\` can be inlined from ${specifier}`);
      }
      const { version } = JSON.parse(readFileSync(join(dirname(sourceFile), specifier), 'utf8'));
      return `const ${name} = { version: ${JSON.stringify(version)} };`;
    },
  );
}

/** Emits `sources` into `outDir`; any type error fails the build. */
export function compileSources({ sourceRoot, sources, outDir }) {
  const program = ts.createProgram(sources, { ...compilerOptions, rootDir: sourceRoot, outDir });
  const sourceOf = (fileName) =>
    join(sourceRoot, relative(outDir, fileName)).replace(/\.js$/, '.ts');
  const result = program.emit(undefined, (fileName, text) =>
    ts.sys.writeFile(
      fileName,
      fileName.endsWith('.d.ts') ? jsSpecifiers(text) : inlineVersion(text, sourceOf(fileName)),
    ),
  );
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  if (diagnostics.length > 0) {
    const host = {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => sourceRoot,
      getNewLine: () => '\n',
    };
    throw new Error(ts.formatDiagnostics(diagnostics, host));
  }
  return sources.map((file) => relative(sourceRoot, file));
}
