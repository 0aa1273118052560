// What `npm pack` ships: the compiled modules, their declarations, the manifest and editor data,
// the README — and nothing private (sources, tests, stories, helpers, scripts, local paths).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { packageRoot } from './support/paths.ts';

interface Manifest {
  modules: Array<{
    path: string;
    declarations?: Array<{
      name: string;
      tagName?: string;
      members?: Array<{
        type?: { text: string; references?: Array<{ name: string; module: string }> };
      }>;
      events?: Array<{
        name: string;
        type?: { text: string; references?: Array<{ name: string; module: string }> };
      }>;
    }>;
  }>;
}

const { path: tarball, files } = inject('tarball');
let unpacked: string;
let pkg: {
  exports: Record<string, string | Record<string, string>>;
  sideEffects: string[];
  files: string[];
  private?: boolean;
};
const read = (path: string) => readFileSync(join(unpacked, 'package', path), 'utf8');

beforeAll(() => {
  unpacked = mkdtempSync(join(tmpdir(), 'scenra-elements-unpacked-'));
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  pkg = JSON.parse(read('package.json'));
});
afterAll(() => rmSync(unpacked, { recursive: true, force: true }));

describe('the packed @scenra/elements', () => {
  test('holds only the public files', () => {
    const allowed = [
      /^package\.json$/,
      /^README\.md$/,
      /^dist\/(custom-elements|vscode\.(html|css)-custom-data|web-types)\.json$/,
      /^dist\/[\w/.-]+\.(js|d\.ts)$/,
    ];
    expect(files.filter((file) => !allowed.some((re) => re.test(file)))).toEqual([]);
    const privateNames =
      /\.test\.|\.stories\.|test-helpers|story-helpers|mocks?\/|scripts\/|\.map$|(?<!\.d)\.ts$/;
    expect(files.filter((file) => privateNames.test(file))).toEqual([]);
    expect(pkg.private).toBeUndefined();
  });

  test('names no local path and carries no source map', () => {
    for (const file of files.filter((f) => /\.(js|ts|json)$/.test(f))) {
      const text = read(file);
      expect(text, file).not.toMatch(
        /\/work\/|\/home\/|\/tmp\/|remote-ready\/src|sourceMappingURL/,
      );
    }
  });

  test('carries the version its element classes report', () => {
    const { version } = pkg as unknown as { version: string };
    expect(read('dist/shared/version.js')).toContain(
      `const packageJson = { version: ${JSON.stringify(version)} };`,
    );
  });

  test('its README, the front page, has the API tables of the packed manifest', () => {
    expect(files).toContain('README.md');
    expect(read('README.md')).toBe(readFileSync(join(packageRoot, 'README.md'), 'utf8'));
    // Fails with "out of date" when the tables differ from dist/custom-elements.json.
    execFileSync(process.execPath, ['scripts/readme.mjs', '--check'], { cwd: packageRoot });
    expect(read('README.md')).toMatch(/### `<scenra-step-indicator>`[^]*\| `strings` \|/);
  });

  test('every export points at a file in the tarball', () => {
    const targets = Object.values(pkg.exports).flatMap((target) =>
      typeof target === 'string' ? [target] : Object.values(target),
    );
    expect(targets.length).toBeGreaterThan(10);
    for (const target of targets) expect(files, target).toContain(target.replace(/^\.\//, ''));
  });

  test('every element has its entry; only registering modules have side effects', () => {
    const manifest = JSON.parse(read('dist/custom-elements.json')) as Manifest;
    const elements = manifest.modules.flatMap((mod) =>
      (mod.declarations ?? []).filter((d) => d.tagName).map(() => mod.path.split('/')[1]!),
    );
    expect(elements).toHaveLength(7);
    for (const folder of elements) {
      expect(pkg.exports[`./${folder}`]).toEqual({
        types: `./dist/${folder}/index.d.ts`,
        default: `./dist/${folder}/index.js`,
      });
      expect(pkg.sideEffects).toContain(`./dist/${folder}/index.js`);
      expect(read(`dist/${folder}/index.js`)).toMatch(/import '\.\/define\.js';/);
    }
    // The events and the React wrappers' index register nothing by themselves.
    expect(pkg.sideEffects).not.toContain('./dist/events.js');
    expect(pkg.sideEffects.some((p) => p.includes('react'))).toBe(false);
  });

  test('ships editor data for every element: VS Code HTML/CSS data and JetBrains web-types', () => {
    const manifest = JSON.parse(read('dist/custom-elements.json')) as Manifest;
    const tags = manifest.modules
      .flatMap((mod) => mod.declarations ?? [])
      .flatMap((decl) => (decl.tagName ? [decl.tagName] : []))
      .sort();
    const html = JSON.parse(read('dist/vscode.html-custom-data.json')) as {
      tags: Array<{
        name: string;
        attributes: Array<{ name: string; values?: Array<{ name: string }> }>;
      }>;
    };
    expect(html.tags.map((t) => t.name).sort()).toEqual(tags);
    const card = html.tags.find((t) => t.name === 'scenra-prompt-action-card')!;
    expect(card.attributes.map((a) => a.name)).toEqual(
      expect.arrayContaining(['action-label', 'state', 'theme']),
    );
    expect(card.attributes.find((a) => a.name === 'state')!.values!.map((v) => v.name)).toEqual([
      'idle',
      'busy',
      'done',
      'locked',
      'disabled',
    ]);
    const css = JSON.parse(read('dist/vscode.css-custom-data.json')) as {
      properties: Array<{ name: string }>;
    };
    expect(css.properties.map((p) => p.name)).toContain('--scenra-accent');
    const webTypes = JSON.parse(read('dist/web-types.json')) as {
      name: string;
      contributions: {
        html: { elements: Array<{ name: string; js?: { events?: Array<{ name: string }> } }> };
      };
    };
    expect(webTypes.name).toBe('@scenra/elements');
    const elements = webTypes.contributions.html.elements;
    expect(elements.map((e) => e.name).sort()).toEqual(tags);
    expect(elements.find((e) => e.name === 'scenra-prompt-action-card')!.js!.events).toEqual([
      expect.objectContaining({ name: 'scenra-action' }),
    ]);
    expect((pkg as unknown as Record<string, string>)['web-types']).toBe('./dist/web-types.json');
  });

  test('every type the manifest names is exported and documented by the declarations', () => {
    const manifest = JSON.parse(read('dist/custom-elements.json')) as Manifest;
    const types = manifest.modules
      .flatMap((mod) => mod.declarations ?? [])
      .flatMap((decl) => [...(decl.members ?? []), ...(decl.events ?? [])])
      .flatMap((item) => item.type?.references ?? []);
    const names = new Set(types.map((t) => t.name));
    expect([...names]).toEqual(
      expect.arrayContaining(['OpenInDestination', 'ShareExportMenuItem']),
    );
    const rootTypes = read('dist/index.d.ts');
    for (const { name, module } of types) {
      const declarations = read(module.replace(/\.js$/, '.d.ts'));
      expect(declarations, `${name} in ${module}`).toMatch(
        new RegExp(`/\\*\\*[^]*?\\*/\\s*export (declare )?(interface|type|class) ${name}\\b`),
      );
      // Reachable from the package root (export * or a named re-export).
      const reexported =
        new RegExp(`\\b${name}\\b`).test(rootTypes) ||
        rootTypes.includes(`export * from './${module.replace(/^dist\//, '')}'`);
      expect(reexported, `${name} exported from @scenra/elements`).toBe(true);
    }
    // No type is left unnamed or unlinked: any capitalised name in a public type is linked.
    const unlinked = manifest.modules
      .flatMap((mod) => mod.declarations ?? [])
      .flatMap((decl) => [...(decl.members ?? []), ...(decl.events ?? [])])
      .flatMap((item) =>
        [...(item.type?.text ?? '').matchAll(/\b[A-Z]\w*\b/g)]
          .map((m) => m[0])
          .filter(
            (name) =>
              ![
                'Promise',
                'HTMLElement',
                'Element',
                'Event',
                'Partial',
                'Readonly',
                'Record',
              ].includes(name) && !item.type?.references?.some((r) => r.name === name),
          ),
      );
    expect(unlinked).toEqual([]);
  });
});
