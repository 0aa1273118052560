// Every user-visible sentence of the remote's React pages, with the locale the dates and numbers
// are written in: a page never mixes languages (e.g. an English sentence around a German "vor 28
// Minuten"). The ready page's copy and what both pages say are here; the settings page's copy is
// in settings/strings.ts, and that of the ready page's parts loaded on use in
// dashboard/onDemandStrings.ts, so the ready page's first load does not carry them.
import { providerName } from '@scenra/contracts';

/** The language of the copy below; dates, relative times and prices use it too. */
export const locale = 'en';

export const commonStrings = {
  retry: 'Retry',
  unreachable: 'The Scenra service could not be reached. Check your connection and retry.',
  serviceAnswered: (status: number) => `The service answered ${status}.`,
  loadFailed: (what: string, message: string) => `${what}: ${message}`,
  propsInvalid: (page: string, problem: string) =>
    `${page} could not start because the host passed unexpected settings (${problem}).`,
  never: 'never',
  keep: 'Keep it',
  tryAgainNow: 'You can try again now.',
  done: 'Done',
};

export const readyStrings = {
  pageName: 'The ready page',
  pageTitle: (videoTitle: string) => `Ready: ${videoTitle}`,
  loadFailed: 'We could not load this video',
  loading: 'Loading your video prompt',
  loadingGeneration: 'Loading generation options',
  back: '← Back to Discussion',
  steps: ['Brief', 'Roundtable', 'Ready'],
  title: 'Your Video Prompt is Ready!',
  meta: (platform: string) => `for ${platform} · Created `,
  accountFailed: 'Generation options could not load: ',
  copy: {
    heading: 'Copy prompt',
    description: 'Paste it into any AI video tool.',
    action: 'Copy prompt',
    done: 'Copied ✓',
    toast: 'Prompt copied to clipboard!',
    what: 'prompt',
  },
  openIn: {
    heading: 'Open in…',
    description: 'Copy the prompt and open your video tool in a new tab.',
    toast: (tool: string) => `Prompt copied! Paste it in ${tool}`,
  },
  generate: {
    heading: 'Generate video',
    action: 'Generate',
    busy: 'Generating…',
    busyProgress: (percent: number) => `Generating… ${percent}%`,
    done: 'Video ready ✓',
    watch: 'Watch your video',
    progressLabel: 'Generation progress',
    couldNotStart: 'Generation could not start. Check your connection and retry.',
    providerFailed: 'The provider could not make this video.',
    refunded: ' Your credits were refunded.',
    unavailableAccount:
      'Generation is unavailable until your account details load. Retry above, or copy the prompt.',
    unavailable:
      'Video generation is not available right now. Copy the prompt or open it in a video tool instead.',
    locked: 'Turn this prompt into a video with Scenra Premium or your own provider key.',
    withCredits: (provider: string) =>
      `Render it with Scenra credits on ${providerName(provider)}.`,
    withKeyPremium: (provider: string) => `Render it with your own ${providerName(provider)} key.`,
    withKeyFree: (provider: string) =>
      `Render it with your own ${providerName(provider)} key. Your provider bills you directly.`,
    estimateCredits: (credits: number, remaining: number) =>
      `${credits} credits (remaining: ${remaining})`,
    estimateUsd: (usd: string) => `About ${usd} on your key`,
    specs: (seconds: number, size: string, provider: string) =>
      ` · ${seconds} s · ${size} · ${providerName(provider)}`,
    recoveries: {
      retry: 'Retry',
      'update-key': 'Update key',
      upgrade: 'See plans',
      'use-credits': 'Use credits instead',
      'use-key': 'Use your key',
      'get-credits': 'Get credits',
      'add-key': 'Add your own key',
    },
    fixKey: 'Fix your key',
    useKey: 'Use your key',
    getCredits: 'Get credits',
    again: 'Generate again',
    againCosts: 'Generating again costs again: ',
    keyRestricted: (masked: string) =>
      `Your key ${masked} lacks a permission video generation needs. Fix it in your API keys to generate.`,
    keyRefused: (masked: string) =>
      `The provider refused your key ${masked}. Update it in your API keys to generate.`,
    shortOfCredits: (cost: number, credits: number, hasKey: boolean) =>
      `This video costs ${cost} credits and you have ${credits}. ${
        hasKey ? 'Generate it with your own key instead.' : 'Get more credits to generate it.'
      }`,
    ready: 'Your video is ready. You can watch it, or generate a new take.',
  },
  share: {
    heading: 'Share & export',
    description: 'Send a read-only link, or export it as PDF, JSON or Markdown.',
    privacyLegend: 'Link shows',
    withSpecs: 'Prompt, specs and hashtags',
    promptOnly: 'Prompt only',
    expiry: 'Link expiry',
    expiryChoices: {
      never: 'Never expires',
      '1': 'Expires in 1 day',
      '7': 'Expires in 7 days',
      '30': 'Expires in 30 days',
    },
    menu: 'Share & export',
    working: 'Working…',
    linkCopied: 'Share link copied to clipboard!',
    markdownCopied: 'Markdown copied to clipboard!',
    downloaded: (format: 'pdf' | 'json', filename: string) =>
      `${format === 'pdf' ? 'PDF' : 'JSON'} downloaded: ${filename}`,
    markdownWhat: 'Markdown',
    updated: (content: string, expiresAt: string | null | undefined) =>
      `Link updated and copied: it now shows the ${content}${
        expiresAt ? ` until ${new Date(expiresAt).toLocaleDateString(locale)}` : ''
      }.`,
    replaced: 'New link copied. The old link no longer opens.',
    revokedHere: 'Link revoked. It no longer opens.',
    updateFailed: 'Could not update the link',
    replaceFailed: 'Could not make a new link',
    revokeFailedShort: 'Could not revoke the link',
    failures: {
      'copy-link': 'Could not create the share link',
      'download-pdf': 'The PDF could not be downloaded',
      'export-json': 'The JSON could not be exported',
      'copy-markdown': 'The Markdown could not be copied',
    },
  },
  details: {
    label: 'Prompt details',
    prompt: 'Optimized prompt',
    specs: 'Technical specifications',
    hashtags: (count: number) => `Hashtags (${count})`,
    copyHashtags: 'Copy all hashtags',
    hashtagsCopied: 'Hashtags copied to clipboard!',
    hashtagsWhat: 'hashtags',
  },
  another: 'Create another video',
  keyCheckFailed: (message: string) => `Could not check the key: ${message}`,
  notReady: {
    title: 'Your prompt is not ready yet',
    text: (title: string) =>
      `The roundtable is still working on “${title}”. Once the agents have synthesized the final prompt, you can copy it, generate the video and share it from here.`,
    back: '← Back to the roundtable',
  },
  notFound: {
    title: 'Video not found',
    text: 'This video does not exist, or it belongs to another account. Check the link, or start a new video.',
    home: 'Start a new video',
  },
};

/** A date as the copy above writes it, e.g. "Dec 1, 2026". */
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(locale, { dateStyle: 'medium' });
}
