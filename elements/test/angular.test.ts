// An Angular app (standalone component, zoneless) using the installed package, built from the
// README guide: compiled by ngc with strict templates (which rejects the tags without
// CUSTOM_ELEMENTS_SCHEMA), then bundled in JIT mode and run in Chromium.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundle } from './support/bundle.ts';
import { consumer, type Consumer } from './support/consumer.ts';
import { expectCopyFlow, launchBrowser, openPage } from './support/browser.ts';
import { snippet } from './support/readme.ts';

const TSCONFIG = JSON.stringify({
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    strict: true,
    experimentalDecorators: true,
    skipLibCheck: true,
    rootDir: 'src',
    outDir: 'out-tsc',
    types: [],
  },
  angularCompilerOptions: { strictTemplates: true },
  include: ['src/**/*.ts'],
});

const MAIN = `import '@angular/compiler';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app.component';

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch(
  (error: unknown) => console.error(error),
);
`;

let app: Consumer;
let browser: Browser;

beforeAll(async () => {
  app = consumer('angular', {
    '@angular/core': '^22.0.0',
    '@angular/common': '^22.0.0',
    '@angular/compiler': '^22.0.0',
    '@angular/compiler-cli': '^22.0.0',
    '@angular/platform-browser': '^22.0.0',
    rxjs: '^7.8.0',
    typescript: '~6.0.3',
  });
  app.write('tsconfig.json', TSCONFIG);
  app.write('src/app.component.ts', snippet('angular/app.component.ts'));
  app.write('src/main.ts', MAIN);
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('an Angular app with the package installed', () => {
  test('the Angular compiler (strict templates) accepts the guide, and needs its CUSTOM_ELEMENTS_SCHEMA', () => {
    const ngc = () => app.bin('@angular/compiler-cli', 'bundles/src/bin/ngc.js', ['-p', '.']);
    const accepted = ngc();
    expect(accepted.output).toBe('');
    expect(accepted.code).toBe(0);
    const guide = snippet('angular/app.component.ts');
    app.write('src/app.component.ts', guide.replace('schemas: [CUSTOM_ELEMENTS_SCHEMA],', ''));
    try {
      const rejected = ngc();
      expect(rejected.output).toMatch(
        /error NG8001: 'scenra-step-indicator' is not a known element/,
      );
    } finally {
      app.write('src/app.component.ts', guide);
    }
  });

  test('runs in Chromium: property bindings in, an event binding out', async () => {
    const { page, errors } = await openApp();
    expect(await expectCopyFlow(page)).toEqual({
      before: 'Step 2 of 3 / Copy',
      after: 'Step 3 of 3 / Copied ✓',
    });
    expect(errors.filter((e) => !/development mode/i.test(e))).toEqual([]);
  });
});

async function openApp() {
  const code = await bundle(join(app.dir, 'src/main.ts'));
  return openPage(browser, {
    '/': '<!doctype html><html lang="en"><meta charset="utf-8"><title>Angular</title><body><app-root></app-root><script type="module" src="/main.js"></script></body></html>',
    '/main.js': code,
  });
}
