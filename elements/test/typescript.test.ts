// A strict TypeScript app and a plain HTML page using the installed package: the README's
// TypeScript and HTML guides, type-checked, bundled and run in Chromium, and the compiler
// catching a misspelled property and a wrong event type (the types are not `any`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { tsconfig } from './support/apps.ts';
import { bundle } from './support/bundle.ts';
import { consumer, type Consumer } from './support/consumer.ts';
import { expectCopyFlow, scriptPage } from './support/browser.ts';
import { useBrowser } from '@scenra/devstack/browser';
import { snippet } from './support/readme.ts';

const TSCONFIG = tsconfig(
  {
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
  },
  { include: ['src/**/*.ts'] },
);

/**
 * A file that compiles only if the declarations match the installed custom-elements.json:
 * each tag maps to its class, each event to its class on elements, document and window, and
 * every type the manifest names is exported by the package.
 */
function manifestTypeChecks(dir: string): string {
  const manifest = JSON.parse(
    readFileSync(join(dir, 'node_modules/@scenra/elements/dist/custom-elements.json'), 'utf8'),
  ) as {
    modules: Array<{
      declarations?: Array<{
        name: string;
        tagName?: string;
        events?: Array<{ name: string; type: { text: string } }>;
        members?: Array<{ type?: { references?: Array<{ name: string }> } }>;
      }>;
    }>;
  };
  const declarations = manifest.modules.flatMap((mod) => mod.declarations ?? []);
  const lines = [
    "import type * as Elements from '@scenra/elements';",
    'type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;',
  ];
  let n = 0;
  for (const decl of declarations.filter((d) => d.tagName)) {
    lines.push(
      `export const tag${n++}: Same<HTMLElementTagNameMap['${decl.tagName}'], Elements.${decl.name}> = true;`,
    );
    for (const event of decl.events ?? []) {
      for (const map of [
        'GlobalEventHandlersEventMap',
        'HTMLElementEventMap',
        'WindowEventMap',
        'DocumentEventMap',
      ]) {
        lines.push(
          `export const event${n++}: Same<${map}['${event.name}'], Elements.${event.type.text}> = true;`,
        );
      }
    }
  }
  const named = new Set(
    declarations
      .flatMap((d) => d.members ?? [])
      .flatMap((m) => m.type?.references ?? [])
      .map((r) => r.name),
  );
  lines.push(`export type Named = [${[...named].map((name) => `Elements.${name}`).join(', ')}];`);
  return `${lines.join('\n')}\n`;
}

let app: Consumer;
const browser = useBrowser();

const tsc = () => app.bin('typescript', 'bin/tsc', ['-p', '.']);

beforeAll(() => {
  app = consumer('typescript', { typescript: '^6.0.3' });
  app.write('tsconfig.json', TSCONFIG);
  app.write('src/main.ts', snippet('typescript/main.ts'));
  app.write('src/manifest-types.ts', manifestTypeChecks(app.dir));
});

describe('a strict TypeScript app with the package installed', () => {
  test('type-checks the guide strictly; a misspelled property and a wrong event type are errors', () => {
    app.write(
      'src/errors.ts',
      `import '@scenra/elements/prompt-action-card';
import type { ScenraMenuSelectEvent } from '@scenra/elements/events';
const card = document.createElement('scenra-prompt-action-card');
card.actionLable = 'Copy';
card.addEventListener('scenra-action', (event) => console.log(event.item));
document.addEventListener('scenra-action', (event: ScenraMenuSelectEvent) => console.log(event));
`,
    );
    try {
      const { output } = tsc();
      // Every error is in errors.ts: the guide and the package's declarations are clean…
      expect(output.match(/^\S+(?=\(\d+,\d+\): error)/gm)).toEqual([
        'src/errors.ts',
        'src/errors.ts',
        'src/errors.ts',
      ]);
      // …and the three mistakes are caught.
      expect(output).toMatch(
        /src\/errors\.ts\(4,\d+\): error TS2551: Property 'actionLable' does not exist on type 'ScenraPromptActionCard'\. Did you mean 'actionLabel'\?/,
      );
      expect(output).toMatch(
        /src\/errors\.ts\(5,\d+\): error TS2339: Property 'item' does not exist on type 'ScenraActionEvent'/,
      );
      expect(output).toMatch(
        /src\/errors\.ts\(6,\d+\): error TS2769: No overload matches this call/,
      );
    } finally {
      app.write('src/errors.ts', 'export {};\n');
    }
  });

  test('runs in Chromium: a property in, an event out', async () => {
    const code = await bundle(join(app.dir, 'src/main.ts'));
    await expectCopyFlow(browser(), scriptPage('TypeScript', '', code));
  });
});

describe('tree-shaking in an app bundle', () => {
  test('one element imported brings no other element; the events alone register nothing', async () => {
    app.write('src/only-toast.js', "import '@scenra/elements/toast';\n");
    app.write(
      'src/only-events.js',
      "import { ScenraActionEvent } from '@scenra/elements/events';\nconsole.log(ScenraActionEvent);\n",
    );
    const toast = await bundle(join(app.dir, 'src/only-toast.js'), { minify: true });
    expect(toast).toContain('scenra-toast');
    for (const other of [
      'scenra-step-indicator',
      'scenra-upgrade-dialog',
      'scenra-open-in-button',
    ]) {
      expect(toast).not.toContain(other);
    }
    const events = await bundle(join(app.dir, 'src/only-events.js'), { minify: true });
    expect(events).toContain('scenra-action');
    expect(events).not.toMatch(/customElements|LitElement|scenra-toast/);
  });
});

describe('the plain HTML guide', () => {
  test('runs in Chromium once its module script is bundled', async () => {
    const html = snippet('html/index.html');
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(html)![1]!;
    app.write('src/html-guide.js', script);
    const code = await bundle(join(app.dir, 'src/html-guide.js'));
    const markup = html.replace(/<script type="module">[\s\S]*?<\/script>/, '');
    await expectCopyFlow(browser(), scriptPage('HTML', markup, code));
  });
});
