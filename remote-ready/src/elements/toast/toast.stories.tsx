import type { Meta, StoryObj } from '@storybook/react';
import { fn } from 'storybook/test';
import './define.ts';
import type { ScenraToast } from './toast.ts';
import type { ScenraCloseEvent } from '../events.ts';
import { radio, themeArgType } from '../shared/story-helpers.ts';

type Args = Partial<Pick<ScenraToast, 'message' | 'tone' | 'duration' | 'theme'>> & {
  'onscenra-close': (event: ScenraCloseEvent) => void;
};

const meta = {
  title: 'Elements/Toast',
  // duration 0 keeps the toast up for review; the real default is 4000 ms.
  args: {
    message: 'Prompt copied! Paste it in Runway',
    tone: 'success',
    duration: 0,
    theme: 'auto',
    'onscenra-close': fn(),
  },
  argTypes: {
    tone: radio(['success', 'info', 'error'], 'Edge colour.'),
    duration: {
      control: { type: 'number', min: 0, step: 500 },
      description: 'ms before hiding; 0 keeps it.',
    },
    theme: themeArgType,
  },
  render: (args) => <scenra-toast {...args} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Success: Story = {};
export const Info: Story = { args: { tone: 'info', message: 'Share link copied.' } };
export const Error: Story = {
  args: { tone: 'error', message: 'Could not copy. Select the prompt and copy it by hand.' },
};
export const Dark: Story = { args: { theme: 'dark' } };
