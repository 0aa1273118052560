import type { Meta, StoryObj } from '@storybook/react';
import { fn } from 'storybook/test';
import './define.ts';
import type { ScenraOpenInButton } from './open-in-button.ts';
import type { ScenraOpenExternalEvent } from '../events.ts';
import { elementDocs } from '../../stories/element-docs.ts';
import { demoVideo } from '../../mocks/fixtures.ts';

type Args = Partial<
  Pick<ScenraOpenInButton, 'prompt' | 'destinations' | 'selected' | 'emphasis' | 'theme'>
> & {
  'onscenra-open-external': (event: ScenraOpenExternalEvent) => void;
};

const meta = {
  title: 'Elements/Open in button',
  args: {
    prompt: demoVideo.optimizedPrompt,
    emphasis: 'primary',
    theme: 'auto',
    'onscenra-open-external': fn(),
  },
  // A docs page per element (the tag must be written here: Storybook's indexer reads it).
  tags: ['autodocs'],
  ...elementDocs('scenra-open-in-button'),
  render: (args) => <scenra-open-in-button {...args} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const RunwaySelected: Story = { args: { selected: 'runway' } };
export const HostDestinations: Story = {
  args: {
    destinations: [
      { id: 'studio', label: 'Team Studio', url: 'https://studio.example.com/new' },
      { id: 'luma', label: 'Luma', url: 'https://dream-machine.lumalabs.ai/' },
    ],
  },
};
export const Dark: Story = { args: { theme: 'dark' } };
