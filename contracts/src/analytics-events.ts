// Plain data and a pure function, no zod: the dashboard emits events from its first paint
// without loading a schema library. analytics.ts builds the schemas from these.

/** The product analytics events the dashboard emits through `onEvent`; the host decides where they go. */
export const analyticsEventNames = [
  'ready_viewed',
  'prompt_copied',
  'open_external',
  'generate_clicked',
  'generation_started',
  'generation_succeeded',
  'generation_failed',
  'upgrade_prompt_shown',
  'upgrade_clicked',
  'api_key_added',
  'api_key_removed',
  'api_key_validated',
  'share_link_created',
  'share_link_revoked',
  'export_downloaded',
  'markdown_copied',
  'section_expanded',
  'create_another_clicked',
  /** Emitted by the host, not the remote: it showed its own fallback; `reason` says why. */
  'remote_fallback_shown',
] as const;
export type AnalyticsEventName = (typeof analyticsEventNames)[number];

export interface AnalyticsEvent {
  name: AnalyticsEventName;
  videoId?: string;
  /** Small, non-personal facts about the event (e.g. `{ format: "pdf" }`); never a key or a prompt. */
  properties: Record<string, string | number | boolean>;
  at: string;
}

/** Builds a well-formed event stamped with the current time. */
export function analyticsEvent(
  name: AnalyticsEventName,
  videoId?: string,
  properties: AnalyticsEvent['properties'] = {},
): AnalyticsEvent {
  return { name, ...(videoId ? { videoId } : {}), properties, at: new Date().toISOString() };
}
