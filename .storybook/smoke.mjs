// Smoke test of the built Storybook (run after `npm run build-storybook`): every story of
// storybook-static/index.json is opened in Chromium, must render (its scenra elements too) with
// no page error, and must have zero axe-core violations (the a11y addon's rules).
// Usage: node .storybook/smoke.mjs   (exit code 1 on any failure)
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { axeTags } from '@scenra/devstack/axe';
import { chromePath, chromeArgs } from '@scenra/devstack/chrome';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

let index;
try {
  index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
} catch {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

const server = http.createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://localhost').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  try {
    const body = await readFile(join(root, path === '/' ? 'index.html' : path));
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch (error) {
    if (error.code !== 'ENOENT') console.error(`serving ${path} failed: ${error.message}`);
    res.writeHead(404);
    res.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const failures = [];
try {
  const page = await browser.newPage();
  let errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // One story: opened fresh, rendered, checked with axe; returns what went wrong.
  const checkStory = async (story) => {
    errors = [];
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
    // Rendered = the story put content on the page and every scenra element defined so far has
    // rendered its shadow DOM (some, like the dashboard's toast, are defined on first use), or
    // Storybook's error display.
    const rendered = await page
      .waitForFunction(
        () => {
          if (document.body.classList.contains('sb-show-errordisplay')) return 'error';
          const root = document.querySelector('#storybook-root');
          if (!root?.childElementCount) return false;
          const defined = [...root.querySelectorAll('*')].filter(
            (el) => el.localName.startsWith('scenra-') && customElements.get(el.localName),
          );
          return defined.every((el) => el.shadowRoot?.childElementCount) ? 'ok' : false;
        },
        null,
        { timeout: 15_000 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => 'timeout');
    if (rendered !== 'ok') errors.push(`story did not render (${rendered})`);
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async (tags) => {
      await Promise.all(
        document
          .getAnimations()
          .map((a) =>
            a.effect?.getComputedTiming().iterations === Infinity
              ? null
              : a.finished.catch(() => null),
          ),
      );
      // The a11y addon runs axe on the same page after each render; wait for it to finish.
      let result;
      for (let attempt = 0; !result; attempt++) {
        try {
          result = await window.axe.run('#storybook-root', {
            runOnly: { type: 'tag', values: tags },
            rules: { region: { enabled: false } },
          });
        } catch (error) {
          if (attempt > 50 || !String(error).includes('already running')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      return result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    }, axeTags);
    return [...errors, ...violations];
  };
  for (const story of stories) {
    let problems = await checkStory(story);
    // The browser updates Storybook's mock service worker in the background; on a loaded
    // machine that update can fail once without anything being wrong with the story. A story
    // must pass on a second, fresh load to count as passing.
    if (problems.length && problems.every((p) => p.includes('ServiceWorker'))) {
      problems = await checkStory(story);
    }
    console.info(`${problems.length ? '✗' : '✓'} ${story.title} / ${story.name}`);
    if (problems.length) failures.push(`${story.id}: ${problems.join(' | ')}`);
  }
} finally {
  await browser.close();
  server.close();
}

console.info(`${stories.length - failures.length} passed, ${failures.length} failed`);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
