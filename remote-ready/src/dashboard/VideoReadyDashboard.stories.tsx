import type { Meta, StoryObj } from '@storybook/react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import VideoReadyDashboard from './VideoReadyDashboard.tsx';
import {
  DEMO_VIDEO_ID,
  demoGeneration,
  demoShares,
  demoVideo,
  invalidKey,
  keySummary,
} from '../mocks/fixtures.ts';
import { PROGRESS_HOLD } from '../mocks/handlers.ts';
import { mockRemoteApi } from '../mocks/remote-api.ts';
import { withMockApi } from '../mocks/story-scenario.ts';
import { ShadowIsolation } from '../ui/IsolatedRoot.tsx';

/**
 * The whole ready page per persona, against the mocked service (remote-ready/src/mocks). The
 * page is mounted as a host mounts it: `api.baseUrl` is this page's origin, where MSW answers;
 * `navigate` and `onEvent` show up in the Actions panel.
 */
const meta = {
  title: 'Dashboard/Video Ready Dashboard',
  component: VideoReadyDashboard,
  args: {
    videoId: DEMO_VIDEO_ID,
    api: mockRemoteApi,
    navigate: fn(),
    onEvent: fn(),
  },
  argTypes: {
    videoId: { control: 'text', description: 'The video to show; any other id answers 404.' },
    api: { control: false, description: 'The mocked service at this page’s origin.' },
    externalTools: {
      control: 'object',
      description: 'Destinations of “Open in…” (defaults when empty).',
    },
  },
  decorators: [
    // Hosts get it in a shadow root; Testing Library's queries and typing stop at one. Its
    // scheme follows the toolbar (the preview sets --scenra-color-scheme around it).
    (Story) => (
      <ShadowIsolation.Provider value={false}>
        <Story />
      </ShadowIsolation.Provider>
    ),
  ],
  beforeEach: () => {
    // The celebration shows once per video (useCelebration's storage key): only the
    // "First arrival" story should glow.
    localStorage.setItem(`scenra:celebrated:${DEMO_VIDEO_ID}`, 'seen in another story');
    // Who pays is remembered across visits: every story starts from the account's default.
    localStorage.removeItem('scenra:payer');
  },
  render: (args) => <VideoReadyDashboard {...args} />,
} satisfies Meta<typeof VideoReadyDashboard>;

export default meta;
type Story = StoryObj<typeof meta>;

// --- what the play functions wait for ----------------------------------------------------

const timeout = { timeout: 8000 };

async function readyPage(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await canvas.findByRole('heading', { level: 1, name: 'Your Video Prompt is Ready!' }, timeout);
  return canvas;
}

/** The button inside a `scenra-prompt-action-card` (in its shadow root). */
async function cardButton(card: HTMLElement): Promise<HTMLButtonElement> {
  await (card as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  const button = card.shadowRoot?.querySelector<HTMLButtonElement>('button[part="button"]');
  if (!button) throw new Error(`${card.localName} has no action button`);
  return button;
}

/** The value of the generate card's progress bar. */
const progressValue = (card: HTMLElement) => Number(card.querySelector('progress')?.value);

async function clickGenerate(canvasElement: HTMLElement) {
  const canvas = await readyPage(canvasElement);
  const card = await canvas.findByTestId('generate-card', {}, timeout);
  await userEvent.click(await cardButton(card));
  return { canvas, card };
}

/**
 * Makes the clipboard accept or refuse, whatever the browser would say about a script's write
 * (a story's clicks are not the user's): the success and the fallback can both be reviewed.
 * Returns the cleanup `beforeEach` hands back to Storybook.
 */
function stubClipboard(outcome: 'accept' | 'refuse') {
  const clipboard = navigator.clipboard;
  const writeText =
    outcome === 'accept'
      ? () => Promise.resolve()
      : () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  Object.defineProperty(clipboard, 'writeText', { value: writeText, configurable: true });
  return () => {
    // The instance's own property goes; the browser's method (on the prototype) is back.
    delete (clipboard as Partial<Clipboard>).writeText;
  };
}

// --- personas ------------------------------------------------------------------------------

/** Free user without a key: Generate is locked (crown) and opens the upgrade dialog. */
/** While the video and the account load: skeletons in the final layout, so nothing shifts. */
export const Loading: Story = {
  ...withMockApi({ persona: 'free', pending: ['video'] }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('status', { name: 'Loading your video prompt' }),
    ).toHaveAttribute('aria-busy', 'true');
  },
};

export const FreeNoKey: Story = {
  ...withMockApi({ persona: 'free' }),
  play: async ({ canvasElement }) => {
    const canvas = await readyPage(canvasElement);
    const bar = await canvas.findByTestId('key-status-bar');
    await expect(bar).toHaveAttribute('status', 'none');
    await expect(await canvas.findByTestId('generate-card')).toHaveAttribute('state', 'locked');
  },
};

/** Free user with their own valid key: generates on their key, with the cost estimate. */
export const FreeWithKey: Story = {
  ...withMockApi({ persona: 'byok' }),
  play: async ({ canvasElement }) => {
    const canvas = await readyPage(canvasElement);
    await expect(await canvas.findByTestId('generate-estimate')).toHaveTextContent(/on your key/);
  },
};

/** Premium user: pays with Scenra credits by default, and may switch to their own key. */
export const PremiumCredits: Story = {
  ...withMockApi({ persona: 'premium' }),
  play: async ({ canvasElement }) => {
    const canvas = await readyPage(canvasElement);
    await expect(await canvas.findByTestId('generate-estimate')).toHaveTextContent(
      /credits \(remaining: \d+\)/,
    );
  },
};

/** Premium user who picked "Use your API key" in the key bar. */
export const PremiumOwnKey: Story = {
  ...withMockApi({ persona: 'premium' }),
  play: async ({ canvasElement }) => {
    const canvas = await readyPage(canvasElement);
    const bar = await canvas.findByTestId('key-status-bar');
    const ownKey = bar.shadowRoot?.querySelector<HTMLInputElement>('input[value="byok"]');
    if (!ownKey) throw new Error('the key bar offers no own-key choice');
    await userEvent.click(ownKey);
    await waitFor(
      () => expect(canvas.getByTestId('generate-estimate')).toHaveTextContent(/on your key/),
      timeout,
    );
  },
};

/** Free user whose only key the provider refused: the bar says so in red, Generate is locked. */
export const InvalidKey: Story = {
  ...withMockApi({ persona: 'free', keys: [invalidKey] }),
  play: async ({ canvasElement }) => {
    const canvas = await readyPage(canvasElement);
    await expect(await canvas.findByTestId('key-status-bar')).toHaveAttribute('status', 'invalid');
  },
};

/** Premium user with a refused key: credits still work, the bar asks to update the key. */
export const PremiumInvalidKey: Story = {
  ...withMockApi({ persona: 'premium', keys: [invalidKey] }),
  play: async ({ canvasElement }) => {
    const canvas = await readyPage(canvasElement);
    await expect(await canvas.findByTestId('key-status-bar')).toHaveAttribute('status', 'invalid');
    await expect(await canvas.findByTestId('generate-card')).toHaveAttribute('state', 'idle');
  },
};

// --- actions -------------------------------------------------------------------------------

/** The locked Generate was clicked: upgrade, add your own key, or copy the prompt instead. */
export const UpgradeDialog: Story = {
  ...withMockApi({ persona: 'free' }),
  play: async ({ canvasElement }) => {
    const { canvas } = await clickGenerate(canvasElement);
    await canvas.findByTestId('upgrade-dialog', {}, timeout);
  },
};

/** "Generating…" with live progress (this render never finishes, so it can be reviewed). */
export const Generating: Story = {
  ...withMockApi({ persona: 'byok', generation: 'keeps-running' }),
  play: async ({ canvasElement }) => {
    const { card } = await clickGenerate(canvasElement);
    await waitFor(() => {
      const progress = card.querySelector('progress');
      expect(progress).not.toBeNull();
      expect(Number(progress?.value)).toBeGreaterThan(0);
    }, timeout);
    await expect(card).toHaveAttribute('state', 'busy');
    // Where this render stays, so the page can be reviewed (and compared) at rest.
    await waitFor(() => expect(progressValue(card)).toBe(PROGRESS_HOLD), { timeout: 15_000 });
  },
};

/** The render finished: "Video ready ✓", and `navigate` was asked for the video page. */
export const GenerationSucceeded: Story = {
  ...withMockApi({ persona: 'premium', generation: 'completes', latencyMs: 50 }),
  play: async ({ canvasElement, args }) => {
    const { canvas } = await clickGenerate(canvasElement);
    await canvas.findByRole('button', { name: 'Watch your video' }, { timeout: 15_000 });
    await expect(args.navigate).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'video', videoId: DEMO_VIDEO_ID }),
    );
  },
};

/** The provider refused the key mid-render: the error says why and offers "Update key". */
export const GenerationKeyRejected: Story = {
  ...withMockApi({ persona: 'byok', generation: 'key-rejected', latencyMs: 50 }),
  play: async ({ canvasElement }) => {
    const { canvas } = await clickGenerate(canvasElement);
    const error = await canvas.findByTestId('generate-error', {}, { timeout: 12_000 });
    await expect(within(error).getByRole('button', { name: 'Update key' })).toBeVisible();
  },
};

/** "Copy prompt": the button reads "Copied ✓" for a moment and a toast confirms. */
export const PromptCopied: Story = {
  ...withMockApi({ persona: 'byok' }, () => stubClipboard('accept')),
  play: async ({ canvasElement }) => {
    const canvas = await readyPage(canvasElement);
    const card = await canvas.findByTestId('copy-card');
    const button = await cardButton(card);
    await userEvent.click(button);
    await waitFor(() => expect(card).toHaveAttribute('state', 'done'), timeout);
    await expect(button).toHaveTextContent('Copied ✓');
    const toast = canvasElement.querySelector('scenra-toast');
    await waitFor(
      () =>
        expect(toast?.shadowRoot?.querySelector('[role="status"]')).toHaveTextContent(/copied/i),
      timeout,
    );
    // Then the button is ready to copy again.
    await waitFor(() => expect(card).toHaveAttribute('state', 'idle'), timeout);
  },
};

/** The browser refused the clipboard: the prompt, selected, with how to copy it by hand. */
export const ClipboardBlocked: Story = {
  ...withMockApi({ persona: 'byok' }, () => stubClipboard('refuse')),
  play: async ({ canvasElement }) => {
    const canvas = await readyPage(canvasElement);
    await userEvent.click(await cardButton(await canvas.findByTestId('copy-card')));
    const fallback = await canvas.findByTestId('manual-copy', {}, timeout);
    // Focused and selected right after it appears, ready for Ctrl+C.
    await waitFor(() => expect(within(fallback).getByRole('textbox')).toHaveFocus(), timeout);
  },
};

/** A share link was created from the Share & export menu ("Copy link"). */
export const ShareCreated: Story = {
  ...withMockApi({ persona: 'byok' }, () => stubClipboard('accept')),
  play: async ({ canvasElement }) => {
    const canvas = await readyPage(canvasElement);
    // Until the menu element has loaded, a plain button stands in for it.
    const standIn = canvas.queryByRole('button', { name: /Share & export/ });
    if (standIn) await userEvent.click(standIn);
    const menu = await canvas.findByTestId('share-menu', {}, timeout);
    if (!standIn) {
      const trigger = menu.shadowRoot?.querySelector<HTMLButtonElement>('button[part="button"]');
      if (!trigger) throw new Error('the share menu has no button');
      await userEvent.click(trigger);
    }
    const copyLink = await waitFor(() => {
      const item = menu.shadowRoot?.querySelector<HTMLButtonElement>('[data-id="copy-link"]');
      if (!item) throw new Error('the menu has no "Copy link" entry yet');
      return item;
    }, timeout);
    await userEvent.click(copyLink);
    await expect(await canvas.findByTestId('share-link', {}, timeout)).toHaveTextContent('/share/');
  },
};

/** Back on the page with a live link: it is shown as it is (what it shows, expiry, views). */
export const ActiveLinkAfterReload: Story = {
  ...withMockApi({ persona: 'byok', shares: [demoShares[0]!] }),
  play: async ({ canvasElement }) => {
    const canvas = await readyPage(canvasElement);
    const link = await canvas.findByTestId('share-link', {}, timeout);
    await expect(link).toHaveTextContent('demo-share-token');
    await expect(link).toHaveTextContent(
      /Shows the prompt, specs and hashtags · expires .* · 12 views/,
    );
  },
};

/** Other settings than the live link's: update it (same URL) or replace it, said plainly. */
export const ShareSettingsDiffer: Story = {
  ...withMockApi({ persona: 'byok', shares: [demoShares[0]!] }, () => stubClipboard('accept')),
  play: async ({ canvasElement }) => {
    const canvas = await readyPage(canvasElement);
    await canvas.findByTestId('share-link', {}, timeout);
    await userEvent.click(canvas.getByRole('radio', { name: 'Prompt only' }));
    const changes = await canvas.findByTestId('share-changes');
    await expect(changes).toHaveTextContent(/People with the old link will lose access/);
    await userEvent.click(within(changes).getByRole('button', { name: 'Update this link' }));
    await waitFor(
      () => expect(canvas.getByTestId('share-facts')).toHaveTextContent(/prompt only/),
      timeout,
    );
    await expect(canvas.getByTestId('share-link')).toHaveTextContent('demo-share-token');
  },
};

// --- loading and errors --------------------------------------------------------------------

/** The video could not load (503): the error and a Retry that works (the next answer is fine). */
export const ApiErrorWithRetry: Story = {
  ...withMockApi({ persona: 'byok', failures: { video: 1 } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert', {}, timeout);
    await expect(alert).toHaveTextContent(/could not load this video/);
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

/** The account (tier, keys, credits) could not load: Generate waits, the rest works. */
export const AccountError: Story = {
  ...withMockApi({ persona: 'byok', failures: { me: 1 } }),
  play: async ({ canvasElement }) => {
    const canvas = await readyPage(canvasElement);
    await expect(await canvas.findByTestId('account-error')).toHaveTextContent(/Retry/);
  },
};

/** A video id that is not the user's: "Video not found" and a way on, no pointless Retry. */
export const VideoNotFound: Story = {
  ...withMockApi({ persona: 'byok' }),
  args: { videoId: '65f0000000000000000000ff' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { level: 1, name: 'Video not found' }, timeout);
    await expect(canvas.queryByRole('button', { name: 'Retry' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Start a new video' }));
    await expect(args.navigate).toHaveBeenCalledWith({ name: 'newVideo' });
  },
};

/** The roundtable is still synthesizing: the page says so and leads back to it. */
export const PromptNotReady: Story = {
  ...withMockApi({
    persona: 'byok',
    video: { roundtable: { ...demoVideo.roundtable, synthesisComplete: false } },
  }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { level: 1, name: 'Your prompt is not ready yet' }, timeout);
    await expect(canvas.queryByTestId('generate-card')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: /Back to the roundtable/ }));
    await expect(args.navigate).toHaveBeenCalledWith({
      name: 'roundtable',
      videoId: DEMO_VIDEO_ID,
    });
  },
};

// --- coming back -----------------------------------------------------------------------------

/** Back on the page while the video renders: progress resumes, no second "Generate". */
export const ComingBackMidRender: Story = {
  ...withMockApi({
    persona: 'byok',
    generation: 'keeps-running',
    generations: [demoGeneration()],
  }),
  play: async ({ canvasElement }) => {
    const canvas = await readyPage(canvasElement);
    const card = await canvas.findByTestId('generate-card');
    await waitFor(() => expect(card.querySelector('progress')).not.toBeNull(), timeout);
    await expect(card).toHaveAttribute('state', 'busy');
    await waitFor(() => expect(progressValue(card)).toBe(PROGRESS_HOLD), { timeout: 15_000 });
  },
};

/** Back on the page after a finished render: "Watch your video", and generating again costs again. */
export const ComingBackAfterRender: Story = {
  ...withMockApi({
    persona: 'premium',
    generations: [
      demoGeneration({
        status: 'completed',
        progress: 100,
        billing: 'credits',
        creditsCharged: 3,
        contentUrl: '/api/generations/65f0000000000000000000b1/content',
      }),
    ],
  }),
  play: async ({ canvasElement }) => {
    const canvas = await readyPage(canvasElement);
    await canvas.findByRole('button', { name: 'Watch your video' }, timeout);
    await expect(await canvas.findByTestId('generate-estimate')).toHaveTextContent(
      /Generating again costs again/,
    );
  },
};

/** Back after a failed render: its reason, and one Retry (the card's own button). */
export const ComingBackAfterFailure: Story = {
  ...withMockApi({
    persona: 'byok',
    generations: [
      demoGeneration({
        status: 'failed',
        error: { code: 'provider_failed', message: 'The provider could not render this video.' },
      }),
    ],
  }),
  play: async ({ canvasElement }) => {
    const canvas = await readyPage(canvasElement);
    const card = await canvas.findByTestId('generate-card');
    await expect(await canvas.findByTestId('generate-error', {}, timeout)).toHaveTextContent(
      /could not render/,
    );
    await expect(await cardButton(card)).toHaveTextContent('Retry');
    await expect(canvas.queryByRole('button', { name: 'Retry' })).toBeNull();
  },
};

// --- who pays ------------------------------------------------------------------------------

/** A key the provider has not confirmed yet: "not checked yet" and a Check that asks it. */
export const KeyNotCheckedYet: Story = {
  ...withMockApi({
    persona: 'byok',
    keys: [keySummary({ status: 'unchecked', isValid: false, lastValidatedAt: null })],
  }),
  play: async ({ canvasElement }) => {
    const canvas = await readyPage(canvasElement);
    const bar = await canvas.findByTestId('key-status-bar');
    await expect(bar).toHaveAttribute('status', 'unchecked');
    const check = bar.shadowRoot?.querySelector<HTMLButtonElement>('[part="action"]');
    await userEvent.click(check!);
    await waitFor(() => expect(bar).toHaveAttribute('status', 'valid'), timeout);
  },
};

/** Premium with two keys: "Change" chooses who pays, and the bar's sentence follows. */
export const ChooseWhoPays: Story = {
  ...withMockApi({
    persona: 'premium',
    keys: [
      keySummary(),
      keySummary({ id: '65f0000000000000000000a9', keyName: 'Work', masked: '••••w0rk' }),
    ],
  }),
  play: async ({ canvasElement }) => {
    const canvas = await readyPage(canvasElement);
    const bar = await canvas.findByTestId('key-status-bar');
    await expect(bar.shadowRoot!.querySelector('[part="status"]')).toHaveTextContent(
      /Paying with Scenra credits/,
    );
    await userEvent.click(bar.shadowRoot!.querySelector<HTMLButtonElement>('[part="change"]')!);
    const chooser = await canvas.findByTestId('payer-chooser');
    await userEvent.click(within(chooser).getByLabelText(/“Work”/));
    await waitFor(
      () => expect(bar.shadowRoot!.querySelector('[part="status"]')).toHaveTextContent(/••••w0rk/),
      timeout,
    );
  },
};

/** Premium, out of credits, with a working key: "Use your key" instead of "See plans". */
export const ShortOfCredits: Story = {
  ...withMockApi({ persona: 'premium', credits: 0 }),
  play: async ({ canvasElement }) => {
    const canvas = await readyPage(canvasElement);
    const card = await canvas.findByTestId('generate-card');
    await waitFor(
      async () => expect(await cardButton(card)).toHaveTextContent('Use your key'),
      timeout,
    );
    await userEvent.click(await cardButton(card));
    await waitFor(
      async () => expect(await cardButton(card)).toHaveTextContent('Generate'),
      timeout,
    );
    await expect(await canvas.findByTestId('generate-estimate')).toHaveTextContent(/on your key/);
  },
};

/** Premium, out of credits and without a key: a way to get credits. */
export const ShortOfCreditsNoKey: Story = {
  ...withMockApi({ persona: 'premium', credits: 0, keys: [] }),
  play: async ({ canvasElement }) => {
    const canvas = await readyPage(canvasElement);
    const card = await canvas.findByTestId('generate-card');
    await waitFor(
      async () => expect(await cardButton(card)).toHaveTextContent('Get credits'),
      timeout,
    );
  },
};

// --- layout --------------------------------------------------------------------------------

/** The first visit to a video's ready page: a subtle glow (none under reduced motion). */
export const FirstArrival: Story = {
  ...withMockApi({ persona: 'byok' }, () => {
    localStorage.removeItem(`scenra:celebrated:${DEMO_VIDEO_ID}`);
  }),
  play: async ({ canvasElement }) => {
    const canvas = await readyPage(canvasElement);
    // Unless the OS asks for reduced motion, which shows no celebration at all.
    if (!window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
      await expect(await canvas.findByTestId('celebration')).toBeInTheDocument();
      // It ends by itself, leaving the page at rest.
      await waitFor(() => expect(canvas.queryByTestId('celebration')).toBeNull(), timeout);
    }
  },
};

/** A phone (375 × 812): stacked cards, the compact key bar, no horizontal scroll. */
export const Mobile: Story = {
  ...withMockApi({ persona: 'premium', keys: [keySummary()] }),
  globals: { viewport: { value: 'phone375', isRotated: false } },
  play: async ({ canvasElement }) => {
    const canvas = await readyPage(canvasElement);
    // Only where the window is phone-sized (this viewport in Storybook; the test browser's
    // default one is too): the compact bar, and nothing wider than the screen.
    if (window.matchMedia('(max-width: 767px)').matches) {
      await expect(await canvas.findByTestId('key-status-bar')).toHaveAttribute('compact');
      await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
    }
  },
};
