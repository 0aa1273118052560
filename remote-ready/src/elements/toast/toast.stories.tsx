import type { Meta, StoryObj } from '@storybook/react';
import { fn } from 'storybook/test';
import './define.ts';
import type { ScenraToast } from './toast.ts';
import type { ScenraCloseEvent } from '../events.ts';
import { elementDocs } from '../../stories/element-docs.ts';

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
  // A docs page per element (the tag must be written here: Storybook's indexer reads it).
  tags: ['autodocs'],
  ...elementDocs('scenra-toast'),
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
