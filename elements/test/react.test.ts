// React apps using the installed package, each built from its README guide: React 19 renders
// the tags directly (typed by `@scenra/elements/react-jsx`), React 18 uses the `@lit/react`
// wrappers of `@scenra/elements/react`. Type-checked, bundled and run in Chromium, with the
// compiler catching a misspelled prop and a wrong event type.
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { tsconfig } from './support/apps.ts';
import { bundle } from './support/bundle.ts';
import { consumer, type Consumer } from './support/consumer.ts';
import { expectCopyFlow, scriptPage } from './support/browser.ts';
import { useBrowser } from '@scenra/devstack/browser';
import { snippet } from './support/readme.ts';

const TSCONFIG = tsconfig({ jsx: 'react-jsx' }, { include: ['src/**/*.tsx'] });

const MAIN = `import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root')!).render(<App />);
`;

const apps: Array<{ name: string; dependencies: Record<string, string>; errors: string }> = [
  {
    name: 'react-19',
    dependencies: {
      react: '^19.2.0',
      'react-dom': '^19.2.0',
      '@types/react': '^19.2.0',
      '@types/react-dom': '^19.2.0',
      typescript: '^6.0.3',
    },
    errors: `import type {} from '@scenra/elements/react-jsx';
export const misspelled = <scenra-prompt-action-card actionLable="Copy" />;
export const wrongEvent = <scenra-prompt-action-card onscenra-action={(event) => event.item} />;
`,
  },
  {
    name: 'react-18',
    dependencies: {
      react: '^18.3.1',
      'react-dom': '^18.3.1',
      '@types/react': '^18.3.0',
      '@types/react-dom': '^18.3.0',
      '@lit/react': '^1.0.8',
      typescript: '^6.0.3',
    },
    errors: `import { PromptActionCard } from '@scenra/elements/react';
export const misspelled = <PromptActionCard actionLable="Copy" />;
export const wrongEvent = <PromptActionCard onScenraAction={(event) => event.item} />;
`,
  },
];

const browser = useBrowser();

describe.each(apps)('a $name app with the package installed', (spec) => {
  let app: Consumer;
  const tsc = () => app.bin('typescript', 'bin/tsc', ['-p', '.']);

  beforeAll(() => {
    app = consumer(spec.name, spec.dependencies);
    app.write('tsconfig.json', TSCONFIG);
    app.write('src/App.tsx', snippet(`${spec.name}/App.tsx`));
    app.write('src/main.tsx', MAIN);
    app.write('src/errors.tsx', 'export {};\n');
  });

  test('type-checks the guide; a misspelled prop and a wrong event type are errors', () => {
    app.write('src/errors.tsx', spec.errors);
    try {
      const { output } = tsc();
      // Every error is in errors.tsx (the guide and the package's declarations are clean)…
      expect(output.match(/^\S+(?=\(\d+,\d+\): error)/gm)).toEqual([
        'src/errors.tsx',
        'src/errors.tsx',
      ]);
      // …and they are the two mistakes.
      expect(output).toMatch(/src\/errors\.tsx\(2,\d+\): error TS2322: /);
      expect(output).toMatch(
        /Property 'actionLable' does not exist on type .*Did you mean 'actionLabel'\?/,
      );
      expect(output).toMatch(
        /src\/errors\.tsx\(3,\d+\): error TS2339: Property 'item' does not exist on type 'ScenraActionEvent'/,
      );
    } finally {
      app.write('src/errors.tsx', 'export {};\n');
    }
  });

  test('runs in Chromium: props in, an event out', async () => {
    const code = await bundle(join(app.dir, 'src/main.tsx'), { jsx: true });
    await expectCopyFlow(browser(), scriptPage('React', '<div id="root"></div>', code));
  });
});
