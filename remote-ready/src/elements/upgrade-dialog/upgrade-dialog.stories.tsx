import type { Meta, StoryObj } from '@storybook/react';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import './define.ts';
import type { ScenraUpgradeDialog } from './upgrade-dialog.ts';
import type { ScenraCloseEvent, ScenraUpgradeChoiceEvent } from '../events.ts';
import { elementDocs } from '../../stories/element-docs.ts';
import { deepActiveElement, press } from '../../stories/interactions.ts';

type Args = Partial<
  Pick<ScenraUpgradeDialog, 'open' | 'heading' | 'description' | 'upgradeLabel' | 'theme'>
> & {
  'onscenra-upgrade-choice': (event: ScenraUpgradeChoiceEvent) => void;
  'onscenra-close': (event: ScenraCloseEvent) => void;
};

const meta = {
  title: 'Elements/Upgrade dialog',
  args: { open: true, theme: 'auto', 'onscenra-upgrade-choice': fn(), 'onscenra-close': fn() },
  // A docs page per element (the tag must be written here: Storybook's indexer reads it).
  tags: ['autodocs'],
  ...elementDocs('scenra-upgrade-dialog'),
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

/** A host's locked Generate button that opens the dialog, as the dashboard does. */
function OpenedFromButton(args: Args) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Generate 👑
      </button>
      <scenra-upgrade-dialog
        {...args}
        open={open}
        onscenra-close={(event) => {
          setOpen(false);
          args['onscenra-close']?.(event);
        }}
      />
    </>
  );
}

/** Focus moves into the dialog and stays there on Tab; Escape closes it and focus goes back. */
export const FocusTrapAndEscape: Story = {
  args: { open: false },
  render: (args) => <OpenedFromButton {...args} />,
  play: async ({ canvasElement, args }) => {
    const opener = within(canvasElement).getByRole('button', { name: /Generate/ });
    const dialog = canvasElement.querySelector('scenra-upgrade-dialog')!;
    await userEvent.click(opener);
    await waitFor(() => expect(dialog.shadowRoot?.contains(deepActiveElement())).toBe(true));
    await expect(deepActiveElement()).toHaveTextContent('Upgrade to Premium');
    for (let i = 0; i < 5; i++) {
      await press('Tab');
      // Inside the dialog, or (past its last control) the browser's own UI, never the page.
      const active = deepActiveElement();
      await expect(active === document.body || dialog.shadowRoot!.contains(active)).toBe(true);
    }
    await press('Escape');
    await waitFor(() => expect(args['onscenra-close']).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(deepActiveElement()).toBe(opener));
    await expect(args['onscenra-upgrade-choice']).not.toHaveBeenCalled();
  },
};
