import { z } from 'zod';

export const HealthResult = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['up', 'down']),
  uptimeSec: z.number(),
});
export type HealthResult = z.infer<typeof HealthResult>;
