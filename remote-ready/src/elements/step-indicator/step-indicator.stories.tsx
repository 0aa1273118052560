import type { Meta, StoryObj } from '@storybook/react';
import './define.ts';
import type { ScenraStepIndicator } from './step-indicator.ts';
import { elementDocs } from '../../stories/element-docs.ts';

type Args = Partial<Pick<ScenraStepIndicator, 'current' | 'total' | 'labels' | 'theme'>>;

const meta = {
  title: 'Elements/Step indicator',
  args: { current: 3, total: 3, labels: ['Brief', 'Roundtable', 'Ready'], theme: 'auto' },
  // A docs page per element (the tag must be written here: Storybook's indexer reads it).
  tags: ['autodocs'],
  ...elementDocs('scenra-step-indicator'),
  render: (args) => <scenra-step-indicator {...args} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Ready: Story = {};
export const Roundtable: Story = { args: { current: 2 } };
export const Brief: Story = { args: { current: 1 } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ width: 320 }}>
        <Story />
      </div>
    ),
  ],
};
