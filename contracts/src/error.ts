import { z } from 'zod';

/** Every error the API returns has this body (DESIGN.md "HTTP API"). */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string().regex(/^[a-z][a-z0-9_]*$/, 'snake_case'),
    message: z.string().min(1),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** One entry of `details` on a 400: which field was wrong and why. */
export const FieldIssue = z.object({
  field: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;
