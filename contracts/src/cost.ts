/**
 * Cost math of a generation (DESIGN.md "Tiers and generation"). Pure, so the dashboard shows
 * exactly the estimate the service charges.
 */
export interface ModelPrices {
  /** What the provider charges a BYOK user, in US dollars per second of video. */
  usdPerSecond: number;
  /** What a generation on Scenra credits costs, in credits per second of video. */
  creditsPerSecond: number;
}

function checkSeconds(seconds: number): void {
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new RangeError(`seconds must be a non-negative number, got ${seconds}`);
  }
}

/**
 * The BYOK estimate in US dollars, rounded to the cent. Multiplies in cents first so that
 * e.g. 0.1 $/s × 3 s is 0.30 and not 0.30000000000000004.
 */
export function estimateUsd(model: Pick<ModelPrices, 'usdPerSecond'>, seconds: number): number {
  checkSeconds(seconds);
  return Math.round(model.usdPerSecond * 100 * seconds) / 100;
}

/**
 * The price in credits. The ledger holds whole credits, so a fractional price rounds up: a
 * generation never costs less than its per-second rate says.
 */
export function estimateCredits(
  model: Pick<ModelPrices, 'creditsPerSecond'>,
  seconds: number,
): number {
  checkSeconds(seconds);
  // Round away float noise first (0.1 × 30 = 3.0000000000000004 must cost 3, not 4).
  return Math.ceil(Math.round(model.creditsPerSecond * seconds * 1e6) / 1e6);
}

/** Both estimates at once, as the API reports them on a generation. */
export function estimateCost(
  model: ModelPrices,
  seconds: number,
): { usd: number; credits: number } {
  return { usd: estimateUsd(model, seconds), credits: estimateCredits(model, seconds) };
}
