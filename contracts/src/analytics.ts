import { z } from 'zod';

/** The product analytics events the dashboard emits through `onEvent`; the host decides where they go. */
export const AnalyticsEventName = z.enum([
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
]);
export type AnalyticsEventName = z.infer<typeof AnalyticsEventName>;

export const AnalyticsEvent = z.object({
  name: AnalyticsEventName,
  videoId: z.string().optional(),
  /** Small, non-personal facts about the event (e.g. `{ format: "pdf" }`); never a key or a prompt. */
  properties: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  at: z.iso.datetime(),
});
export type AnalyticsEvent = z.infer<typeof AnalyticsEvent>;

/** Builds a well-formed event stamped with the current time. */
export function analyticsEvent(
  name: AnalyticsEventName,
  videoId?: string,
  properties: AnalyticsEvent['properties'] = {},
): AnalyticsEvent {
  return { name, ...(videoId ? { videoId } : {}), properties, at: new Date().toISOString() };
}
