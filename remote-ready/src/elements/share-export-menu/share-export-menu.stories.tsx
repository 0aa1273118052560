import type { Meta, StoryObj } from '@storybook/react';
import { expect, fn, waitFor } from 'storybook/test';
import './define.ts';
import type { ScenraShareExportMenu } from './share-export-menu.ts';
import type { ScenraMenuSelectEvent } from '../events.ts';
import { elementDocs } from '../../stories/element-docs.ts';
import { deepActiveElement, press, shadowPart } from '../../stories/interactions.ts';

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
  // A docs page per element (the tag must be written here: Storybook's indexer reads it).
  tags: ['autodocs'],
  ...elementDocs('scenra-share-export-menu'),
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

/** The menu by keyboard: arrows move and wrap, Escape closes and puts focus back on the button. */
export const ByKeyboard: Story = {
  play: async ({ canvasElement, args }) => {
    const menu = canvasElement.querySelector('scenra-share-export-menu')!;
    const button = await shadowPart<HTMLButtonElement>(menu, 'button[part="button"]');
    const focused = () => deepActiveElement()?.textContent?.trim();
    button.focus();
    await press('ArrowDown');
    await waitFor(() => expect(focused()).toBe('Copy link'));
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await press('ArrowDown');
    await expect(focused()).toBe('Download PDF');
    await press('ArrowUp');
    await press('ArrowUp');
    await expect(focused()).toBe('Copy as Markdown');
    await press('Escape');
    await waitFor(() => expect(deepActiveElement()).toBe(button));
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(args['onscenra-menu-select']).not.toHaveBeenCalled();
    // Enter on an entry chooses it, and focus comes back to the button too.
    await press('ArrowDown');
    await waitFor(() => expect(focused()).toBe('Copy link'));
    await press('Enter');
    await expect(args['onscenra-menu-select']).toHaveBeenCalledWith(
      expect.objectContaining({ item: 'copy-link' }),
    );
    await waitFor(() => expect(deepActiveElement()).toBe(button));
  },
};
