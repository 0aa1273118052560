// Builds the publishable @scenra/elements package from the element sources of
// @scenra/remote-ready (src/elements), which stay the one source of truth:
// 1. ESM per module + .d.ts (TypeScript; helpers from tslib);
// 2. one entry per element (registers it, exports its class and events);
// 3. custom-elements.json for the package's own paths, then from it the React 19 JSX and
//    Vue types, the React 18 wrappers and the VS Code / JetBrains editor data.
// Usage: npm run build -w @scenra/elements
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSources, elementSources } from './compile.mjs';
import { packageManifest } from './manifest.mjs';
import { elementEntries, editorData, reactJsxTypes, reactWrappers, vueTypes } from './generate.mjs';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const sourceRoot = join(
  dirname(fileURLToPath(import.meta.resolve('@scenra/remote-ready/package.json'))),
  'src/elements',
);
const dist = join(packageRoot, 'dist');

// One version for the elements: the package's must be the one every element class carries.
const pkg = JSON.parse(await readFile(join(packageRoot, 'package.json'), 'utf8'));
const remote = JSON.parse(await readFile(join(sourceRoot, '../../package.json'), 'utf8'));
if (pkg.version !== remote.version) {
  throw new Error(
    `@scenra/elements is ${pkg.version} but the elements are ${remote.version} ` +
      '(remote-ready/package.json): set the same version in elements/package.json.',
  );
}

async function write(path, text) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

await rm(dist, { recursive: true, force: true });
const sources = await elementSources(sourceRoot);
compileSources({ sourceRoot, sources, outDir: dist });

const elements = (await readdir(sourceRoot, { withFileTypes: true }))
  .filter(
    (entry) => entry.isDirectory() && sources.includes(join(sourceRoot, entry.name, 'define.ts')),
  )
  .map((entry) => entry.name);

const manifest = await packageManifest({ sourceRoot, sources });
await write(join(dist, 'custom-elements.json'), `${JSON.stringify(manifest, null, 2)}\n`);

const files = {
  ...elementEntries(manifest, elements),
  ...reactWrappers(manifest, elements),
  'types/react-jsx.d.ts': reactJsxTypes(manifest),
  'types/vue.d.ts': vueTypes(manifest),
};
for (const [path, text] of Object.entries(files)) await write(join(dist, path), text);
await editorData(manifest, dist);

console.info(
  `${pkg.name}: ${sources.length} modules, ${elements.length} elements, ` +
    `${Object.keys(files).length} generated files in ${relative(process.cwd(), dist) || '.'}`,
);
