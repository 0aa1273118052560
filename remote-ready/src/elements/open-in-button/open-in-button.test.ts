import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.ts';
import {
  OPEN_IN_STORAGE_KEY,
  defaultDestinations,
  type ScenraOpenInButton,
} from './open-in-button.ts';
import { ScenraOpenExternalEvent } from '../events.ts';
import {
  expectNoAxeViolations,
  inBothThemes,
  mount,
  nextEvent,
  part,
  settle,
} from '../shared/test-helpers.ts';

const PROMPT = 'Tom and Lyle riding a roller coaster at golden hour, handheld camera';

const button = (el: Element) => part<HTMLButtonElement>(el, 'button');
const select = (el: Element) => part<HTMLSelectElement>(el, 'select');

describe('scenra-open-in-button', () => {
  // Opening a real external tab is the one thing a test here must not do (no outside network).
  let opened: MockInstance<typeof window.open>;
  beforeEach(() => {
    localStorage.removeItem(OPEN_IN_STORAGE_KEY);
    opened = vi.spyOn(window, 'open').mockReturnValue(null);
  });
  afterEach(() => localStorage.removeItem(OPEN_IN_STORAGE_KEY));

  test('offers Google Flow, Gemini, Runway, Kling and Luma by default, first one selected', async () => {
    const el = await mount<ScenraOpenInButton>(
      html`<scenra-open-in-button></scenra-open-in-button>`,
    );
    expect([...select(el).options].map((o) => o.textContent)).toEqual([
      'Google Flow',
      'Gemini',
      'Runway',
      'Kling',
      'Luma',
    ]);
    expect(button(el).textContent).toContain('Open in Google Flow');
    expect(select(el).labels![0]!.textContent).toContain('Video tool');
    expect(el.destination).toEqual(defaultDestinations[0]);
  });

  test('copies the prompt to the clipboard, opens the tool in a new tab, then fires scenra-open-external', async () => {
    const el = await mount<ScenraOpenInButton>(
      html`<scenra-open-in-button .prompt=${PROMPT}></scenra-open-in-button>`,
    );
    const event = nextEvent(document, 'scenra-open-external');
    await userEvent.click(button(el));
    const fired = await event;
    expect(fired).toBeInstanceOf(ScenraOpenExternalEvent);
    expect(fired.copied).toBe(true);
    expect(fired.destination.label).toBe('Google Flow');
    expect(fired.bubbles && fired.composed).toBe(true);
    expect(await navigator.clipboard.readText()).toBe(PROMPT);
    expect(opened).toHaveBeenCalledWith(
      'https://labs.google/fx/tools/flow',
      '_blank',
      'noopener,noreferrer',
    );
  });

  test('the choice is made with the keyboard and remembered for the next page', async () => {
    const el = await mount<ScenraOpenInButton>(
      html`<scenra-open-in-button></scenra-open-in-button>`,
    );
    await userEvent.selectOptions(select(el), 'Runway');
    await settle(el);
    expect(el.selected).toBe('runway');
    expect(el.getAttribute('selected')).toBe('runway');
    expect(button(el).textContent).toContain('Open in Runway');
    expect(localStorage.getItem(OPEN_IN_STORAGE_KEY)).toBe('runway');

    const again = await mount<ScenraOpenInButton>(
      html`<scenra-open-in-button></scenra-open-in-button>`,
    );
    expect(again.destination?.id).toBe('runway');
    expect(select(again).value).toBe('runway');
    button(again).focus();
    const event = nextEvent(again, 'scenra-open-external');
    await userEvent.keyboard('{Enter}');
    expect((await event).destination.url).toBe('https://app.runwayml.com/');
  });

  test('takes the host’s destinations (property or JSON attribute) and drops non-web URLs', async () => {
    const el = await mount<ScenraOpenInButton>(
      html`<scenra-open-in-button
        destinations='[{"id":"studio","label":"Studio","url":"https://studio.example/new"},{"id":"bad","label":"Bad","url":"javascript:alert(1)"}]'
      ></scenra-open-in-button>`,
    );
    expect([...select(el).options].map((o) => o.value)).toEqual(['studio']);
    el.destinations = [{ id: 'other', label: 'Other', url: 'http://other.example/' }];
    await settle(el);
    expect(button(el).textContent).toContain('Open in Other');
  });

  test('a remembered tool the host no longer offers falls back to the first one', async () => {
    localStorage.setItem(OPEN_IN_STORAGE_KEY, 'retired-tool');
    const el = await mount<ScenraOpenInButton>(
      html`<scenra-open-in-button></scenra-open-in-button>`,
    );
    expect(el.destination?.id).toBe('google-flow');
  });

  test('when the clipboard refuses, the tool still opens and the event says copied: false', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('denied', 'NotAllowedError'),
    );
    const el = await mount<ScenraOpenInButton>(
      html`<scenra-open-in-button prompt="x"></scenra-open-in-button>`,
    );
    const event = nextEvent(el, 'scenra-open-external');
    await userEvent.click(button(el));
    expect((await event).copied).toBe(false);
    expect(opened).toHaveBeenCalledOnce();
  });

  test('has no axe violations in light and dark', async () => {
    const el = await mount<ScenraOpenInButton>(
      html`<scenra-open-in-button prompt="x"></scenra-open-in-button>`,
    );
    await inBothThemes(el, () => expectNoAxeViolations(el));
  });
});
