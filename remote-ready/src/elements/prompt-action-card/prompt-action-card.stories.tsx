import type { Meta, StoryObj } from '@storybook/react';
import { fn } from 'storybook/test';
import './define.ts';
import '../share-export-menu/define.ts';
import type { ScenraPromptActionCard } from './prompt-action-card.ts';
import type { ScenraActionEvent } from '../events.ts';
import { radio, themeArgType } from '../shared/story-helpers.ts';

type Args = Partial<
  Pick<
    ScenraPromptActionCard,
    | 'action'
    | 'state'
    | 'icon'
    | 'heading'
    | 'description'
    | 'actionLabel'
    | 'busyLabel'
    | 'doneLabel'
    | 'emphasis'
    | 'theme'
  >
> & { 'onscenra-action': (event: ScenraActionEvent) => void };

const meta = {
  title: 'Elements/Prompt action card',
  args: {
    action: 'copy',
    state: 'idle',
    icon: '📋',
    heading: 'Copy prompt',
    description: 'Copy the optimized prompt to use anywhere.',
    actionLabel: 'Copy to clipboard',
    busyLabel: 'Copying…',
    doneLabel: 'Copied ✓',
    emphasis: 'primary',
    theme: 'auto',
    'onscenra-action': fn(),
  },
  argTypes: {
    state: radio(['idle', 'busy', 'done', 'locked', 'disabled'], 'What the button does now.'),
    emphasis: radio(['primary', 'secondary'], 'Button style.'),
    theme: themeArgType,
  },
  render: (args) => (
    <div style={{ maxWidth: 360 }}>
      <scenra-prompt-action-card {...args} />
    </div>
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {};
export const Busy: Story = {
  args: {
    action: 'generate',
    icon: '🎬',
    heading: 'Generate video',
    description: 'Create the video with your provider.',
    actionLabel: 'Generate',
    busyLabel: 'Generating…',
    state: 'busy',
  },
};
export const Done: Story = { args: { state: 'done' } };
export const Locked: Story = {
  args: {
    action: 'generate',
    icon: '🎬',
    heading: 'Generate video',
    description: 'Create the video right here.',
    actionLabel: 'Generate',
    state: 'locked',
  },
};
export const Disabled: Story = { args: { state: 'disabled' } };
export const Secondary: Story = { args: { emphasis: 'secondary' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkLocked: Story = { args: { ...Locked.args, theme: 'dark' } };
export const WithSlottedMenu: Story = {
  args: {
    icon: '📤',
    heading: 'Share & export',
    description: 'Share or download your prompt and specs.',
    actionLabel: '',
  },
  render: (args) => (
    <div style={{ maxWidth: 360, minHeight: 320 }}>
      <scenra-prompt-action-card {...args}>
        <scenra-share-export-menu />
      </scenra-prompt-action-card>
    </div>
  ),
};
