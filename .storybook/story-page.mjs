// What the Storybook pass does inside a story's page (iframe.html): hear when a render has
// finished (play function and the a11y addon's axe run included), switch the theme global as
// the toolbar does, and wait for a still frame before a screenshot.

/**
 * Init script: records every `storyFinished` of the preview's channel (status, the a11y
 * addon's report, the play function's error) in `window.__scenraRenders`, from the moment
 * Storybook creates the channel.
 */
export function watchRenders() {
  let channel;
  window.__scenraRenders = [];
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      if (next === channel) return;
      channel = next;
      // A play function that throws does not make the render's status an error (Storybook
      // only logs it): its own event is heard too.
      let playError;
      next.on('playFunctionThrewException', (error) => (playError = error));
      next.on('storyFinished', (event) => {
        window.__scenraRenders.push({ ...event, playError });
        playError = undefined;
      });
    },
  });
}

/**
 * Init script: toasts stay until dismissed (their `duration` reads 0), so a screenshot shows
 * the same page however long the play function and the a11y check took before it; and they
 * appear without their 0.2 s slide-in, which the a11y check could otherwise read half-faded.
 */
export function keepToasts() {
  const still = new CSSStyleSheet();
  still.replaceSync('scenra-toast::part(toast){animation:none}');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, still];
  const define = customElements.define.bind(customElements);
  customElements.define = (name, constructor, options) => {
    define(name, constructor, options);
    // Lit puts a reactive property's accessor on the prototype when the class is defined.
    if (name === 'scenra-toast') {
      const duration = Object.getOwnPropertyDescriptor(constructor.prototype, 'duration');
      if (duration?.set) {
        Object.defineProperty(constructor.prototype, 'duration', { ...duration, get: () => 0 });
      }
    }
  };
}

/**
 * Waits for the story's next finished render; returns its problems: Storybook's error (a
 * render or play function that threw), axe violations, or scenra elements left unrendered.
 * @param {import('playwright-core').Page} page
 */
export async function finishedRender(page, timeout = 30_000) {
  const finished = await page
    .waitForFunction(() => window.__scenraRenders?.length > 0, null, { timeout })
    .then(() => true)
    .catch(() => false);
  if (!finished) return ['the story did not finish rendering (render or play function hung)'];
  return page.evaluate(() => {
    const { status, reporters, playError } = window.__scenraRenders.shift();
    const problems = [];
    if (playError) {
      // The message of an expect(): its first lines, without the terminal's colour codes.
      const colour = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g');
      const message = String(playError.message ?? playError).replace(colour, '');
      problems.push(`play function failed: ${message.split('\n').slice(0, 5).join(' ')}`);
    }
    if (status !== 'success') {
      const shown = document.querySelector('#error-message')?.textContent?.trim();
      for (const report of reporters) {
        if (report.status !== 'failed') continue;
        const { violations, error } = report.result ?? {};
        if (error) problems.push(`${report.type}: ${error.message ?? error}`);
        for (const v of violations ?? []) {
          problems.push(`${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }
      }
      if (!problems.length) problems.push(`render or play function failed: ${shown ?? status}`);
    }
    const root = document.querySelector('#storybook-root');
    if (!root?.childElementCount) problems.push('the story rendered nothing');
    const unrendered = [...(root?.querySelectorAll('*') ?? [])].filter(
      (el) =>
        el.localName.startsWith('scenra-') &&
        customElements.get(el.localName) &&
        !el.shadowRoot?.childElementCount,
    );
    for (const el of unrendered) problems.push(`${el.localName} did not render`);
    return problems;
  });
}

/** Switches the theme global, as the toolbar does; the story re-renders without replaying. */
export async function switchTheme(page, scheme) {
  await page.evaluate((theme) => {
    window.__scenraRenders.length = 0;
    window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: { theme } });
  }, scheme);
}

/** Fonts loaded, every scenra element updated, two frames painted. */
export async function settled(page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    const elements = [...document.querySelectorAll('#storybook-root *')].filter((el) =>
      el.localName.startsWith('scenra-'),
    );
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}
