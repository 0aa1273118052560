import type { Meta, StoryObj } from '@storybook/react';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import './define.ts';
import type { ScenraApiKeyStatusBar } from './api-key-status-bar.ts';
import type { ScenraBillingChangeEvent, ScenraKeyRequestEvent } from '../events.ts';
import { elementDocs } from '../../stories/element-docs.ts';
import { shadowPart } from '../../stories/interactions.ts';

type Args = Partial<
  Pick<
    ScenraApiKeyStatusBar,
    | 'status'
    | 'keySuffix'
    | 'providerLabel'
    | 'estimate'
    | 'tier'
    | 'credits'
    | 'billing'
    | 'compact'
    | 'changeable'
    | 'theme'
  >
> & {
  'onscenra-key-request': (event: ScenraKeyRequestEvent) => void;
  'onscenra-billing-change': (event: ScenraBillingChangeEvent) => void;
};

const meta = {
  title: 'Elements/API key status bar',
  args: {
    status: 'valid',
    keySuffix: 'abc1',
    providerLabel: 'OpenAI-compatible gateway',
    estimate: '~$0.80/video',
    tier: 'free',
    credits: 10,
    billing: 'credits',
    compact: false,
    changeable: false,
    theme: 'auto',
    'onscenra-key-request': fn(),
    'onscenra-billing-change': fn(),
  },
  // A docs page per element (the tag must be written here: Storybook's indexer reads it).
  tags: ['autodocs'],
  ...elementDocs('scenra-api-key-status-bar'),
  render: (args) => <scenra-api-key-status-bar {...args} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const NoKey: Story = { args: { status: 'none', keySuffix: '', estimate: '' } };
export const Valid: Story = {};
export const Invalid: Story = { args: { status: 'invalid' } };
export const Restricted: Story = { args: { status: 'restricted' } };
export const NotCheckedYet: Story = { args: { status: 'unchecked' } };
export const PremiumChangeable: Story = {
  args: { tier: 'premium', billing: 'byok', changeable: true },
};
export const CompactChangeable: Story = {
  args: { compact: true, tier: 'premium', changeable: true },
};
export const Checking: Story = { args: { status: 'checking' } };
export const PremiumCredits: Story = { args: { tier: 'premium', billing: 'credits' } };
export const PremiumOwnKey: Story = { args: { tier: 'premium', billing: 'byok' } };
export const PremiumInvalidKey: Story = {
  args: { tier: 'premium', status: 'invalid', billing: 'byok' },
};
export const Compact: Story = { args: { compact: true, tier: 'premium' } };
export const NarrowContainer: Story = {
  args: { tier: 'premium' },
  decorators: [
    (Story) => (
      <div style={{ width: 340 }}>
        <Story />
      </div>
    ),
  ],
};
export const Dark: Story = { args: { theme: 'dark', tier: 'premium' } };
export const DarkInvalid: Story = { args: { theme: 'dark', status: 'invalid' } };

/** The bar's actions: its button and "Change" ask the host, the billing choice tells it. */
export const Actions: Story = {
  args: { tier: 'premium', billing: 'credits', changeable: true },
  play: async ({ canvasElement, args }) => {
    const bar = canvasElement.querySelector('scenra-api-key-status-bar')!;
    const requested = args['onscenra-key-request'];
    await userEvent.click(await shadowPart(bar, '[part="action"]'));
    await expect(requested).toHaveBeenLastCalledWith(expect.objectContaining({ intent: 'manage' }));
    await userEvent.click(await shadowPart(bar, '[part="change"]'));
    await expect(requested).toHaveBeenLastCalledWith(expect.objectContaining({ intent: 'change' }));
    const status = await shadowPart(bar, '[part="status"]');
    await expect(status).toHaveTextContent(/Scenra credits/);
    await userEvent.click(await shadowPart(bar, 'input[value="byok"]'));
    await expect(args['onscenra-billing-change']).toHaveBeenCalledWith(
      expect.objectContaining({ billing: 'byok' }),
    );
    await waitFor(() => expect(status).toHaveTextContent(/abc1/));
  },
};

/** Each key state's button asks for its own intent: add, check, update. */
export const ActionPerStatus: Story = {
  args: { status: 'none', keySuffix: '', estimate: '' },
  play: async ({ canvasElement, args }) => {
    const bar = canvasElement.querySelector<HTMLElement & { status: string }>(
      'scenra-api-key-status-bar',
    )!;
    const requested = args['onscenra-key-request'];
    for (const [status, intent] of [
      ['none', 'add'],
      ['unchecked', 'check'],
      ['invalid', 'update'],
      ['restricted', 'update'],
    ] as const) {
      bar.status = status;
      await userEvent.click(await shadowPart(bar, '[part="action"]'));
      await expect(requested).toHaveBeenLastCalledWith(expect.objectContaining({ intent }));
    }
  },
};
