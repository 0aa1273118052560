import type { Meta, StoryObj } from '@storybook/react';
import { fn } from 'storybook/test';
import './define.ts';
import type { ScenraApiKeyStatusBar } from './api-key-status-bar.ts';
import type { ScenraBillingChangeEvent, ScenraKeyRequestEvent } from '../events.ts';
import { radio, themeArgType } from '../shared/story-helpers.ts';

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
  argTypes: {
    status: radio(
      ['none', 'valid', 'unchecked', 'invalid', 'restricted', 'checking'],
      'Key state.',
    ),
    tier: radio(['free', 'premium'], 'Plan: premium users choose how to pay.'),
    billing: radio(['credits', 'byok'], 'Chosen billing (premium).'),
    theme: themeArgType,
  },
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
