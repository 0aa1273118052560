// Sizes of the web components, for `npm run bench`: the standalone bundle as shipped
// (dist/elements/scenra-elements.js, must be built first), each element's own code
// (its folder plus the shared theme/events it imports, minified, Lit left out), and what an
// app pays for the installed package (elements/dist, built by `npm run build`): one element
// imported from `@scenra/elements/<element>`, bundled with Lit and tree-shaken, beside the
// whole package imported from `@scenra/elements`. All gzip -9.
// Usage: node bench/elements-size.bench.mjs [--json]  (or npm run bench -- elements)
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../remote-ready/', import.meta.url));
const BUDGET = 25 * 1024;
const gzip = (text) => gzipSync(text, { level: 9 }).length;

const elements = [
  'step-indicator',
  'prompt-action-card',
  'api-key-status-bar',
  'share-export-menu',
  'open-in-button',
  'toast',
  'upgrade-dialog',
];

/** Minified ESM of one entry, Lit external unless `withLit`. */
async function bundle(contents, withLit = false) {
  const result = await build({
    stdin: { contents, resolveDir: `${root}src/elements`, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    external: withLit ? [] : ['lit', 'lit/*', '@lit/*'],
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** What an app's bundler makes of `import '<specifier>'`: Lit included, unused code dropped. */
async function appBundle(specifier) {
  const result = await build({
    stdin: { contents: `import '${specifier}';`, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

let standalone;
try {
  standalone = await readFile(`${root}dist/elements/scenra-elements.js`, 'utf8');
} catch {
  console.error(
    'dist/elements/scenra-elements.js is missing: run `npm run build -w @scenra/remote-ready` first.',
  );
  process.exit(1);
}

const rows = [];
for (const name of elements) {
  const code = await bundle(`import './${name}/define.ts';`);
  rows.push({ name: `scenra-${name}`, minBytes: code.length, gzipBytes: gzip(code) });
}
const shared = await bundle(
  `export * from './events.ts'; export * from './shared/theme.styles.ts'; export * from './shared/scenra-element.ts';`,
);
const lit = await bundle(`export * from 'lit'; export * from 'lit/directives/keyed.js';`, true);

let fromPackage;
try {
  await readFile(fileURLToPath(new URL('../elements/dist/index.js', import.meta.url)));
  const whole = await appBundle('@scenra/elements');
  const rows = [];
  for (const name of elements) {
    const code = await appBundle(`@scenra/elements/${name}`);
    rows.push({ name: `scenra-${name}`, minBytes: code.length, gzipBytes: gzip(code) });
  }
  fromPackage = {
    whole: { minBytes: whole.length, gzipBytes: gzip(whole) },
    elements: rows,
  };
} catch {
  console.error('elements/dist is missing: run `npm run build -w @scenra/elements` first.');
  process.exit(1);
}

const report = {
  standalone: {
    file: 'remote-ready/dist/elements/scenra-elements.js',
    minBytes: standalone.length,
    gzipBytes: gzip(standalone),
    budgetGzipBytes: BUDGET,
  },
  lit: { minBytes: lit.length, gzipBytes: gzip(lit) },
  sharedByAllElements: { minBytes: shared.length, gzipBytes: gzip(shared) },
  elements: rows,
  package: fromPackage,
};

if (process.argv.includes('--json')) {
  console.info(JSON.stringify(report, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.info(`Standalone bundle ${report.standalone.file}`);
  console.info(
    `  ${kb(report.standalone.minBytes)} minified, ${kb(report.standalone.gzipBytes)} gzip (budget ${kb(BUDGET)})`,
  );
  console.info(`Lit (lit + keyed): ${kb(lit.length)} minified, ${kb(report.lit.gzipBytes)} gzip`);
  console.info(
    `Shared theme/events/base: ${kb(shared.length)} minified, ${kb(report.sharedByAllElements.gzipBytes)} gzip`,
  );
  console.info('Each element alone (own code + shared, without Lit):');
  for (const row of rows)
    console.info(
      `  ${row.name.padEnd(28)} ${kb(row.minBytes).padStart(9)} min  ${kb(row.gzipBytes).padStart(8)} gzip`,
    );
  console.info(
    'From the installed package, one element imported, bundled with Lit, tree-shaken (vs. all of it):',
  );
  const whole = report.package.whole.gzipBytes;
  console.info(
    `  ${'@scenra/elements (all)'.padEnd(28)} ${kb(report.package.whole.minBytes).padStart(9)} min  ${kb(whole).padStart(8)} gzip  100%`,
  );
  for (const row of report.package.elements)
    console.info(
      `  ${row.name.padEnd(28)} ${kb(row.minBytes).padStart(9)} min  ${kb(row.gzipBytes).padStart(8)} gzip  ${Math.round(
        (100 * row.gzipBytes) / whole,
      )
        .toString()
        .padStart(3)}%`,
    );
}
if (report.standalone.gzipBytes > BUDGET) {
  console.error(
    `Standalone bundle is over budget: ${report.standalone.gzipBytes} > ${BUDGET} bytes gzip.`,
  );
  process.exitCode = 1;
}
