// The test pass over the built Storybook (run after `npm run build-storybook`), served under a
// sub-path as a publisher would. Every story of storybook-static/index.json is opened once in
// one Chromium page and must render (its scenra elements too), run its play function and pass
// the a11y addon's axe check with no page error; then it is screenshot and compared with the
// committed baseline in .storybook/baselines, in light, switched to dark through the theme
// toolbar's global (axe runs again) and screenshot again. Dashboard stories are shot 1440 and
// 375 wide. A mismatch writes expected, actual and diff images to artifacts/storybook-visual/.
// Usage: node .storybook/smoke.mjs [id-part…]                    (exit code 1 on any failure)
//        UPDATE_BASELINES=1 node .storybook/smoke.mjs [id-part…] (records the baselines)
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import {
  compareWithBaseline,
  repeatableRenderingArgs,
  updating,
} from '@scenra/e2e/support/visual.ts';
import { chromePath, chromeArgs } from '@scenra/devstack/chrome';
import { readElementsManifest } from '@scenra/remote-ready/scripts/elements-manifest.mjs';
import { serveStatic } from './static-server.mjs';
import { finishedRender, keepToasts, settled, switchTheme, watchRenders } from './story-page.mjs';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const baselines = fileURLToPath(new URL('./baselines/', import.meta.url));
const artifacts = fileURLToPath(new URL('../artifacts/storybook-visual/', import.meta.url));
/** Where the build is published in this pass: nothing may assume it sits at the origin's root. */
const basePath = '/design/storybook/';
/** Relative dates ("expires in 7 days") read the same in every run. */
const fixedNow = Date.parse('2026-03-02T10:00:00Z');

const element = { width: 1024, height: 480 };
const desktop = { width: 1440, height: 900 };
const phone = { width: 375, height: 812 };
/** The widths each story is compared at: the dashboard's layouts change with the width. */
const viewportsOf = (story) =>
  story.title.startsWith('Dashboard/') ? { 1440: desktop, 375: phone } : { 1024: element };

let index;
try {
  index = JSON.parse(await readFile(new URL('index.json', `file://${root}`), 'utf8'));
} catch {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
// Arguments narrow the pass to the stories whose id contains one of them (while working on a
// few); the whole pass runs without.
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
/** `--no-visual`: render, play and axe only, as a reference for the benchmark of the pass. */
const visual = !process.argv.includes('--no-visual');
const entries = Object.values(index.entries).filter(
  (entry) => only.length === 0 || only.some((part) => entry.id.includes(part)),
);
const stories = entries.filter((entry) => entry.type === 'story');
const docsPages = entries.filter((entry) => entry.type === 'docs');
const elements = JSON.parse(readElementsManifest())
  .modules.flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName);

/** What an element's docs table (its text) lacks of the element's manifest entry. */
function missingFromDocs(element, text) {
  if (!element) return ['no element in custom-elements.json for this docs page'];
  const expected = [
    ...(element.members ?? [])
      .filter((m) => m.kind === 'field' && !m.privacy && !m.static && !m.name.startsWith('#'))
      .map((m) => m.name),
    ...(element.attributes ?? []).map((a) => a.name),
    ...(element.events ?? []).map((e) => e.name),
    ...(element.slots ?? []).map((slot) => slot.name || '(default)'),
    ...(element.cssParts ?? []).map((p) => p.name),
    ...(element.cssProperties ?? []).flatMap((p) => [p.name, p.default ?? '']),
  ];
  return expected.filter((name) => name && !text.includes(name)).map((name) => `${name} missing`);
}

const server = await serveStatic(root, basePath);
const browser = await chromium.launch({
  executablePath: chromePath(),
  // As in the e2e visual tests; Inter and Noto Color Emoji are installed by the bootstrap.
  args: [...chromeArgs, ...repeatableRenderingArgs],
});
const failures = [];
const started = performance.now();
let screenshots = 0;
try {
  const context = await browser.newContext({
    viewport: element,
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  await context.addInitScript(watchRenders);
  await context.addInitScript(keepToasts);
  // The play functions' real keyboard (a native modal dialog ignores synthetic keys).
  await context.exposeBinding('__scenraPress', ({ page }, key) => page.keyboard.press(key));
  const page = await context.newPage();
  await page.clock.setFixedTime(fixedNow);
  let errors = [];
  page.on('pageerror', (error) => errors.push(error.message));

  /** Screenshots the story at each of its widths (the last one first: no resize back needed). */
  const compare = async (story, scheme, widths) => {
    const problems = [];
    for (const [width, viewport] of widths) {
      if (page.viewportSize().width !== viewport.width) await page.setViewportSize(viewport);
      await settled(page);
      const png = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
      screenshots += 1;
      const name = `${story.id}.${Object.keys(viewportsOf(story)).length > 1 ? `${width}.` : ''}${scheme}`;
      const { problem } = compareWithBaseline(name, png, baselines, artifacts);
      if (problem) problems.push(`${scheme} ${width}px: ${problem}`);
    }
    return problems;
  };

  // One story: opened fresh at its first width, played and checked, compared in light, then
  // in dark at its widths in reverse order; returns what went wrong.
  const checkStory = async (story) => {
    errors = [];
    const widths = Object.entries(viewportsOf(story)).sort(([a], [b]) => b - a);
    if (page.viewportSize().width !== widths[0][1].width) await page.setViewportSize(widths[0][1]);
    await page.goto(`${server.url}iframe.html?id=${story.id}&viewMode=story`);
    const light = await finishedRender(page);
    if (light.length || !visual) return [...errors, ...light];
    const problems = await compare(story, 'light', widths);
    await switchTheme(page, 'dark');
    const dark = await finishedRender(page);
    if (dark.length) return [...errors, ...problems, ...dark.map((p) => `dark: ${p}`)];
    problems.push(...(await compare(story, 'dark', widths.toReversed())));
    return [...errors, ...problems];
  };

  // Storybook's mock service worker gets a tab of its own for the whole pass, apart from the
  // checked page:
  // - a page loaded before the worker is active finds a registration but no controller, and
  //   MSW reloads it, possibly after the smoke test has moved on to the next page. So that tab
  //   opens the pass's first entry, story or docs (a narrowed pass may hold only docs), and
  //   waits for the worker before any page is checked;
  // - the worker unregisters itself when the last page it controls unloads, and every story
  //   here is a page load of its own: between two loads it had no page, and the next page's
  //   background update of it found no registration ("Not found"). That tab stays open and
  //   keeps it registered, as Storybook's preview frame does while a designer moves between
  //   stories.
  const [firstEntry] = entries;
  if (firstEntry) {
    const workerTab = await context.newPage();
    await workerTab.goto(
      `${server.url}iframe.html?id=${firstEntry.id}&viewMode=${firstEntry.type}`,
    );
    const workerActive = await workerTab.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), 30_000)),
      ]),
    );
    if (!workerActive) failures.push('the mock service worker never became active');
    // In a background tab the checked page's animation-frame waits would stall.
    await page.bringToFront();
  }

  // Each element's docs page lists what its manifest entry declares, CSS custom properties
  // with their defaults included.
  for (const docs of docsPages) {
    await page.goto(`${server.url}iframe.html?id=${docs.id}&viewMode=docs`);
    const table = page.locator('.docblock-argstable').first();
    const problems = await table
      .waitFor({ timeout: 30_000 })
      .then(async () => {
        const text = await table.innerText();
        const folder = docs.importPath.split('/').at(-2);
        const element = elements.find((e) => e.tagName === `scenra-${folder}`);
        return missingFromDocs(element, text);
      })
      .catch((error) => [`no argTypes table: ${error.message.split('\n')[0]}`]);
    console.info(`${problems.length ? '✗' : '✓'} ${docs.title} / ${docs.name}`);
    if (problems.length) failures.push(`${docs.id}: ${problems.join(' | ')}`);
  }

  // The manager, the page designers open, shows a story from under the sub-path too.
  const [first] = stories;
  if (first) {
    await page.goto(`${server.url}?path=/story/${first.id}`);
    await page
      .frameLocator('#storybook-preview-iframe')
      .locator('#storybook-root > *')
      .first()
      .waitFor({ timeout: 30_000 })
      .then(() => console.info(`✓ the manager shows ${first.title} under ${basePath}`))
      .catch(() => failures.push(`the manager under ${basePath} showed no story`));
  }

  for (const story of stories) {
    let problems = await checkStory(story);
    // The browser updates Storybook's mock service worker in the background. Should that
    // update fail on a loaded machine (see the worker's tab above), nothing is wrong with the
    // story: it must pass on a second, fresh load to count as passing (the failed update also
    // surfaces as an unhandled error of the render).
    const failedUpdate = problems.find((p) => p.includes('ServiceWorker'));
    if (failedUpdate) {
      console.info(`↻ ${story.title} / ${story.name}, loaded again after: ${failedUpdate}`);
      problems = await checkStory(story);
    }
    console.info(`${problems.length ? '✗' : '✓'} ${story.title} / ${story.name}`);
    if (problems.length) failures.push(`${story.id}: ${problems.join(' | ')}`);
  }
} finally {
  await browser.close();
  server.close();
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.info(
  `${stories.length - failures.length} passed, ${failures.length} failed; ` +
    `${stories.length} stories, ${screenshots} screenshots ${updating ? 'recorded' : 'compared'} in ${seconds} s`,
);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
