import type { Meta, StoryObj } from '@storybook/react';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import './define.ts';
import '../share-export-menu/define.ts';
import '../toast/define.ts';
import type { ScenraPromptActionCard } from './prompt-action-card.ts';
import type { CardState, ScenraActionEvent } from '../events.ts';
import { elementDocs } from '../../stories/element-docs.ts';
import { shadowPart } from '../../stories/interactions.ts';

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
  // A docs page per element (the tag must be written here: Storybook's indexer reads it).
  tags: ['autodocs'],
  ...elementDocs('scenra-prompt-action-card'),
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

/** A host's copy: on `scenra-action` it copies, sets `state="done"` and confirms with a toast. */
function CopyingHost(args: Args) {
  const [state, setState] = useState<CardState>('idle');
  const [copied, setCopied] = useState(false);
  return (
    <div style={{ maxWidth: 360, minHeight: 240 }}>
      <scenra-prompt-action-card
        {...args}
        state={state}
        onscenra-action={(event) => {
          args['onscenra-action']?.(event);
          setState('done');
          setCopied(true);
        }}
      />
      {copied && <scenra-toast message="Prompt copied to clipboard!" tone="success" duration={0} />}
    </div>
  );
}

/** Copy: the click asks the host to copy; the button then reads "Copied ✓" and a toast says so. */
export const CopyWithToast: Story = {
  render: (args) => <CopyingHost {...args} />,
  play: async ({ canvasElement, args }) => {
    const card = canvasElement.querySelector('scenra-prompt-action-card')!;
    const button = await shadowPart<HTMLButtonElement>(card, 'button[part="button"]');
    await expect(button).toHaveTextContent('Copy to clipboard');
    await userEvent.click(button);
    await expect(args['onscenra-action']).toHaveBeenCalledWith(
      expect.objectContaining({ action: 'copy', locked: false }),
    );
    await waitFor(() => expect(button).toHaveTextContent('Copied ✓'));
    // The toast's text lives in its shadow root, in a polite live region.
    const toast = await waitFor(() => {
      const found = canvasElement.querySelector('scenra-toast');
      if (!found) throw new Error('no toast yet');
      return found;
    });
    const region = await shadowPart(toast, '[role="status"]');
    await waitFor(() => expect(region).toHaveTextContent('Prompt copied to clipboard!'));
  },
};
