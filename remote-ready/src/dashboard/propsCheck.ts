// Checks the props a host passes against the federated contract before anything renders,
// so a host wired wrongly gets a precise message instead of a broken page.
import type * as z from 'zod/mini';

export function describePropsProblem(schema: z.ZodMiniType, props: unknown): string | undefined {
  const result = schema.safeParse(props);
  if (result.success) return undefined;
  return result.error.issues
    .map((issue) => `${issue.path.join('.') || 'props'}: ${issue.message}`)
    .join('; ');
}
