import type { Meta, StoryObj } from '@storybook/react';
import { fn } from 'storybook/test';
import './define.ts';
import type { ScenraShareExportMenu } from './share-export-menu.ts';
import type { ScenraMenuSelectEvent } from '../events.ts';
import { radio, themeArgType } from '../shared/story-helpers.ts';

type Args = Partial<
  Pick<ScenraShareExportMenu, 'label' | 'emphasis' | 'items' | 'open' | 'theme'>
> & {
  'onscenra-menu-select': (event: ScenraMenuSelectEvent) => void;
};

const meta = {
  title: 'Elements/Share & export menu',
  args: {
    label: 'Share',
    emphasis: 'secondary',
    open: false,
    theme: 'auto',
    'onscenra-menu-select': fn(),
  },
  argTypes: {
    emphasis: radio(['primary', 'secondary'], 'Button style.'),
    theme: themeArgType,
  },
  render: (args) => (
    <div style={{ minHeight: 280 }}>
      <scenra-share-export-menu {...args} />
    </div>
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {};
export const Open: Story = { args: { open: true } };
export const WithDisabledEntry: Story = {
  args: {
    open: true,
    items: [
      { id: 'copy-link', label: 'Copy link (daily limit reached)', disabled: true },
      { id: 'download-pdf', label: 'Download PDF' },
      { id: 'export-json', label: 'Export JSON' },
      { id: 'copy-markdown', label: 'Copy as Markdown' },
    ],
  },
};
export const Primary: Story = { args: { emphasis: 'primary' } };
export const DarkOpen: Story = { args: { open: true, theme: 'dark' } };
