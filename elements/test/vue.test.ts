// A Vue 3 app (Vite) using the installed package, built from the README guide: its
// vite.config.ts (`isCustomElement`) and App.vue, checked by vue-tsc with the package's
// `GlobalComponents`, built by Vite and run in Chromium; vue-tsc catches a wrong prop type
// and a wrong event type.
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { tsconfig } from './support/apps.ts';
import { consumer, type Consumer } from './support/consumer.ts';
import { expectCopyFlow, folderFiles } from './support/browser.ts';
import { useBrowser } from '@scenra/devstack/browser';
import { snippet } from './support/readme.ts';

const TSCONFIG = tsconfig({}, { include: ['src/**/*.ts', 'src/**/*.vue'] });

const INDEX = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Vue</title></head>
  <body><div id="app"></div><script type="module" src="/src/main.ts"></script></body>
</html>
`;

const MAIN = `import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
`;

const SHIMS = `declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
`;

const ERRORS = `<script setup lang="ts">
import '@scenra/elements/prompt-action-card';
import type {} from '@scenra/elements/vue';
</script>

<template>
  <scenra-prompt-action-card :heading-level="7" @scenra-action="(event) => event.item" />
</template>
`;

let app: Consumer;
const browser = useBrowser();
const vueTsc = () => app.bin('vue-tsc', 'bin/vue-tsc.js', ['-p', '.']);

beforeAll(() => {
  app = consumer('vue', {
    vue: '^3.5.0',
    vite: '^8.0.0',
    '@vitejs/plugin-vue': '^6.0.0',
    'vue-tsc': '^3.1.0',
    typescript: '^6.0.3',
  });
  app.write('tsconfig.json', TSCONFIG);
  app.write('vite.config.ts', snippet('vue/vite.config.ts'));
  app.write('index.html', INDEX);
  app.write('src/main.ts', MAIN);
  app.write('src/shims-vue.d.ts', SHIMS);
  app.write('src/App.vue', snippet('vue/App.vue'));
  app.write('src/Errors.vue', ERRORS);
});

describe('a Vue 3 app with the package installed', () => {
  test('vue-tsc checks the guide; a wrong prop type and a wrong event type are errors', () => {
    const { output } = vueTsc();
    // Every error is in Errors.vue: the guide and the package's declarations are clean…
    expect(output.match(/^\S+(?=\(\d+,\d+\): error)/gm)).toEqual([
      'src/Errors.vue',
      'src/Errors.vue',
    ]);
    // …and the two mistakes are caught.
    expect(output).toMatch(
      /src\/Errors\.vue\(7,\d+\): error TS2322: Type '7' is not assignable to type '2 \| 3 \| 4 \| 5 \| 6/,
    );
    expect(output).toMatch(
      /src\/Errors\.vue\(7,\d+\): error TS2339: Property 'item' does not exist on type 'ScenraActionEvent'/,
    );
  });

  test('Vite builds it and it runs in Chromium: properties in, an event out', async () => {
    await expectCopyFlow(browser(), viteBuild());
  });
});

/** Builds the app with Vite (Errors.vue left out) and returns its dist/ as page files. */
function viteBuild(): Record<string, string> {
  app.write('src/Errors.vue', '<template><div /></template>\n');
  try {
    const build = app.bin('vite', 'bin/vite.js', ['build', '--logLevel', 'error']);
    expect(build.code, build.output).toBe(0);
  } finally {
    app.write('src/Errors.vue', ERRORS);
  }
  return folderFiles(join(app.dir, 'dist'));
}
