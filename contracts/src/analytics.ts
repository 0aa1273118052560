import { z } from 'zod';
import { analyticsEventNames } from './analytics-events.ts';

export { analyticsEvent } from './analytics-events.ts';

export const AnalyticsEventName = z.enum(analyticsEventNames);
export type AnalyticsEventName = z.infer<typeof AnalyticsEventName>;

export const AnalyticsEvent = z.object({
  name: AnalyticsEventName,
  videoId: z.string().optional(),
  /** Small, non-personal facts about the event (e.g. `{ format: "pdf" }`); never a key or a prompt. */
  properties: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  at: z.iso.datetime(),
});
export type AnalyticsEvent = z.infer<typeof AnalyticsEvent>;
