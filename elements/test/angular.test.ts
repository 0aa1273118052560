// An Angular app (standalone component, zoneless) using the installed package, built from the
// README guide: compiled by ngc with strict templates (which rejects the tags without
// CUSTOM_ELEMENTS_SCHEMA), then bundled in JIT mode and run in Chromium.
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
    experimentalDecorators: true,
    skipLibCheck: true,
    noEmit: false,
    rootDir: 'src',
    outDir: 'out-tsc',
  },
  { angularCompilerOptions: { strictTemplates: true }, include: ['src/**/*.ts'] },
);

const MAIN = `import '@angular/compiler';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app.component';

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch(
  (error: unknown) => console.error(error),
);
`;

let app: Consumer;
const browser = useBrowser();

beforeAll(() => {
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
});

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
    const code = await bundle(join(app.dir, 'src/main.ts'));
    await expectCopyFlow(browser(), scriptPage('Angular', '<app-root></app-root>', code));
  });
});
