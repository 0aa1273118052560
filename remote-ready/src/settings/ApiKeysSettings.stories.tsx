import type { Meta, StoryObj } from '@storybook/react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import ApiKeysSettings from './ApiKeysSettings.tsx';
import { demoShares, keySummary, keysInEveryStatus } from '../mocks/fixtures.ts';
import { mockRemoteApi } from '../mocks/remote-api.ts';
import { withMockApi } from '../mocks/story-scenario.ts';
import { ShadowIsolation } from '../ui/IsolatedRoot.tsx';

/**
 * Settings → API keys, against the mocked service (remote-ready/src/mocks): the user's keys,
 * adding, checking and deleting them, and every share link they made. Adding a key whose text
 * contains "invalid" shows the provider refusing it.
 */
const meta = {
  title: 'Settings/API keys',
  component: ApiKeysSettings,
  args: {
    api: mockRemoteApi,
    navigate: fn(),
    onEvent: fn(),
  },
  argTypes: {
    api: { control: false, description: 'The mocked service at this page’s origin.' },
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
  render: (args) => <ApiKeysSettings {...args} />,
} satisfies Meta<typeof ApiKeysSettings>;

export default meta;
type Story = StoryObj<typeof meta>;

const timeout = { timeout: 8000 };

/** Waits for both lists (keys and shared links) to have loaded. */
async function loaded(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await canvas.findByRole('heading', { level: 1, name: 'API keys' }, timeout);
  await waitFor(
    () => expect(canvasElement.querySelector('[aria-busy="true"]')).toBeNull(),
    timeout,
  );
  return canvas;
}

/** A key in each status the provider can report: valid, invalid, restricted, not checked yet. */
export const KeysInEveryStatus: Story = {
  ...withMockApi({ persona: 'byok', keys: keysInEveryStatus }),
  play: async ({ canvasElement }) => {
    const canvas = await loaded(canvasElement);
    const statuses = canvas.getAllByTestId('key-status').map((badge) => badge.dataset.status);
    await expect(statuses).toEqual(['valid', 'invalid', 'restricted', 'unchecked']);
  },
};

/** Share links in every status (active with views, expired, revoked, of a deleted video). */
export const WithShares: Story = {
  ...withMockApi({ persona: 'premium', keys: [keySummary()], shares: demoShares }),
  play: async ({ canvasElement }) => {
    const canvas = await loaded(canvasElement);
    await expect(canvas.getAllByTestId('share-item')).toHaveLength(demoShares.length);
    await expect(canvas.getAllByRole('button', { name: /^Revoke/ })).toHaveLength(1);
  },
};

/** Revoking asks first; afterwards focus lands on the section and the status line says why. */
export const RevokeAsksFirst: Story = {
  ...withMockApi({ persona: 'premium', keys: [keySummary()], shares: demoShares }),
  play: async ({ canvasElement }) => {
    const canvas = await loaded(canvasElement);
    await expect(canvas.getAllByTestId('share-status').map((s) => s.textContent)).toContain(
      'Replaced',
    );
    await userEvent.click(canvas.getByRole('button', { name: /^Revoke/ }));
    const confirm = await canvas.findByRole('group', { name: 'Confirm revoking the link' });
    const revoke = within(confirm).getByRole('button', { name: 'Revoke link' });
    await expect(revoke).toHaveFocus();
    await userEvent.click(revoke);
    await waitFor(
      () => expect(canvas.getByRole('heading', { name: 'Shared links' })).toHaveFocus(),
      timeout,
    );
    await expect(canvas.getByTestId('settings-status')).toHaveTextContent(/was revoked/);
  },
};

/** The provider rejected the key: nothing stored, the field says so and keeps the input. */
export const AddKeyRefused: Story = {
  ...withMockApi({ persona: 'free' }),
  play: async ({ canvasElement }) => {
    const canvas = await loaded(canvasElement);
    const field = canvas.getByLabelText('API key');
    await userEvent.type(field, 'sk-sandbox-invalid-key1');
    await userEvent.click(canvas.getByRole('button', { name: 'Add key' }));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'), timeout);
    await expect(field).toHaveValue('sk-sandbox-invalid-key1');
    await expect(canvas.getByText(/was rejected by/)).toBeVisible();
    await expect(canvas.getByTestId('no-keys')).toBeVisible();
  },
};

/** A new user: no keys, no shared links, the add form ready. */
export const Empty: Story = {
  ...withMockApi({ persona: 'free' }),
  play: async ({ canvasElement }) => {
    const canvas = await loaded(canvasElement);
    await expect(canvas.getByTestId('no-keys')).toBeVisible();
    await expect(canvas.getByText(/not shared any prompt yet/)).toBeVisible();
  },
};

/** A key was just added and checked with the provider. */
export const KeyAdded: Story = {
  ...withMockApi({ persona: 'free' }),
  play: async ({ canvasElement }) => {
    const canvas = await loaded(canvasElement);
    await userEvent.type(canvas.getByLabelText('Name (optional)'), 'Personal');
    await userEvent.type(canvas.getByLabelText('API key'), 'sk-demo-key-9x2b');
    await userEvent.click(canvas.getByRole('button', { name: 'Add key' }));
    await waitFor(
      () => expect(canvas.getByTestId('settings-status')).toHaveTextContent('••••9x2b added'),
      timeout,
    );
    await expect(await canvas.findByTestId('key-list', {}, timeout)).toHaveTextContent('••••9x2b');
  },
};

/** The service refused the key as typed: the field says why. */
export const AddKeyInvalidInput: Story = {
  ...withMockApi({ persona: 'free' }),
  play: async ({ canvasElement }) => {
    const canvas = await loaded(canvasElement);
    const field = canvas.getByLabelText('API key');
    await userEvent.type(field, 'short');
    await userEvent.click(canvas.getByRole('button', { name: 'Add key' }));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'), timeout);
  },
};

/** "Recent activity" of a key: added, checked, used. */
export const KeyActivity: Story = {
  ...withMockApi({ persona: 'byok', keys: [keysInEveryStatus[0]!] }),
  play: async ({ canvasElement }) => {
    const canvas = await loaded(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /^Recent activity/ }));
    const activity = await canvas.findByRole('list', { name: 'Recent activity' }, timeout);
    await expect(activity).toHaveTextContent(/Added/);
  },
};

/** Delete asks first, with the key named and what deleting it means. */
export const DeleteConfirmation: Story = {
  ...withMockApi({ persona: 'byok' }),
  play: async ({ canvasElement }) => {
    const canvas = await loaded(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /^Delete:/ }));
    const confirm = await canvas.findByRole('group', { name: 'Confirm deletion' });
    await expect(within(confirm).getByRole('button', { name: 'Delete key' })).toHaveFocus();
  },
};

/** Deleting one of my videos asks first, says what goes with it, then removes it from the list. */
export const DeleteVideo: Story = {
  ...withMockApi({ persona: 'premium' }),
  play: async ({ canvasElement }) => {
    const canvas = await loaded(canvasElement);
    await expect(canvas.getAllByTestId('video-item')).toHaveLength(1);
    await userEvent.click(canvas.getByRole('button', { name: /^Delete…/ }));
    const question = await canvas.findByRole('group', { name: /^Delete “.+”\?$/ });
    await expect(question).toHaveTextContent(/share link stops working/);
    const confirm = within(question).getByRole('button', { name: 'Delete for good' });
    await expect(confirm).toHaveFocus();
    await userEvent.click(confirm);
    await expect(await canvas.findByTestId('no-videos', {}, timeout)).toBeVisible();
    await expect(canvas.getByTestId('settings-status')).toHaveTextContent(/was deleted/);
  },
};

/** The keys could not load (503): the error and a Retry that works. */
export const LoadError: Story = {
  ...withMockApi({ persona: 'byok', failures: { keys: 1 } }),
  play: async ({ canvasElement }) => {
    const canvas = await loaded(canvasElement);
    const alert = await canvas.findByRole('alert', {}, timeout);
    await expect(alert).toHaveTextContent(/could not load your keys/);
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};
