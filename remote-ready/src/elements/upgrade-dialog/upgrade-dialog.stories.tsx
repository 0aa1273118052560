import type { Meta, StoryObj } from '@storybook/react';
import { fn } from 'storybook/test';
import './define.ts';
import type { ScenraUpgradeDialog } from './upgrade-dialog.ts';
import type { ScenraCloseEvent, ScenraUpgradeChoiceEvent } from '../events.ts';
import { themeArgType } from '../shared/story-helpers.ts';

type Args = Partial<
  Pick<ScenraUpgradeDialog, 'open' | 'heading' | 'description' | 'upgradeLabel' | 'theme'>
> & {
  'onscenra-upgrade-choice': (event: ScenraUpgradeChoiceEvent) => void;
  'onscenra-close': (event: ScenraCloseEvent) => void;
};

const meta = {
  title: 'Elements/Upgrade dialog',
  args: { open: true, theme: 'auto', 'onscenra-upgrade-choice': fn(), 'onscenra-close': fn() },
  argTypes: { theme: themeArgType },
  render: (args) => <scenra-upgrade-dialog {...args} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Open: Story = {};
export const CustomWording: Story = {
  args: {
    heading: 'Unlock generation',
    description: 'Premium includes 100 credits a month.',
    upgradeLabel: 'See plans 👑',
  },
};
export const Dark: Story = { args: { theme: 'dark' } };
export const Closed: Story = { args: { open: false } };
