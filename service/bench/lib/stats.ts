/** The p-th percentile (nearest rank) of samples. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Milliseconds each of `times` sequential runs of `fn` took. */
export async function timed(times: number, fn: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * Samples `fn` until `max` runs or `budgetMs` have passed, but at least `min` runs: slow
 * configurations still get a percentile without stretching the benchmark for minutes.
 */
export async function sampled(
  fn: () => Promise<unknown>,
  { min = 3, max = 40, budgetMs = 3000 } = {},
): Promise<number[]> {
  const samples: number[] = [];
  const deadline = performance.now() + budgetMs;
  while (samples.length < max && (samples.length < min || performance.now() < deadline)) {
    samples.push(...(await timed(1, fn)));
  }
  return samples;
}
