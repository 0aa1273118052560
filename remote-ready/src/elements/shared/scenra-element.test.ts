import { afterEach, describe, expect, test } from 'vitest';
import '../step-indicator/define.ts';
import type { ScenraStepIndicator } from '../step-indicator/step-indicator.ts';
import { afterOffPageRender } from './test-helpers.ts';

const created: Element[] = [];
afterEach(() => {
  for (const el of created.splice(0)) el.remove();
});

/** An element made by script and left off the page, as React makes them while it renders. */
function createOffThePage(): ScenraStepIndicator {
  const el = document.createElement('scenra-step-indicator');
  el.current = 2;
  created.push(el);
  return el;
}

const drawn = (el: Element) =>
  el.shadowRoot?.querySelector('[part="summary"]')?.textContent ?? null;
/** Lets every pending microtask run, without letting a task in. */
async function microtasks(): Promise<void> {
  for (let tick = 0; tick < 20; tick += 1) await Promise.resolve();
}

describe('first render', () => {
  test('an element created off the page draws in a task of its own, still off the page', async () => {
    const el = createOffThePage();
    await microtasks();
    expect(drawn(el)).toBeNull();
    await afterOffPageRender();
    expect(el.isConnected).toBe(false);
    expect(drawn(el)).toBe('Step 2 of 3');
  });

  test('inserted before that task comes, it draws in the inserting task, before the page paints', async () => {
    const el = createOffThePage();
    await microtasks();
    document.body.append(el);
    await microtasks();
    expect(drawn(el)).toBe('Step 2 of 3');
  });

  test('drawn off the page, it keeps what it drew when inserted and goes on updating', async () => {
    const el = createOffThePage();
    await afterOffPageRender();
    const list = el.shadowRoot!.querySelector('ol');
    document.body.append(el);
    el.current = 3;
    await el.updateComplete;
    expect(drawn(el)).toBe('Step 3 of 3');
    expect(el.shadowRoot!.querySelector('ol')).toBe(list);
  });

  test('an element on the page draws at once, as Lit does', async () => {
    const el = createOffThePage();
    document.body.append(el);
    await microtasks();
    expect(drawn(el)).toBe('Step 2 of 3');
  });
});
