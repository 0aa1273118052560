// Chooses what a "Generate" click would run: provider, model, length and size for this video,
// and what it costs, from the catalogue the service publishes.
import { estimateCost, type ProviderOffer, type Video } from '@scenra/contracts';
import { locale } from '../strings.ts';

export interface GenerationPlan {
  provider: ProviderOffer;
  model: ProviderOffer['models'][number];
  seconds: number;
  size: string;
  estimate: { usd: number; credits: number };
}

export function planGeneration(video: Video, provider: ProviderOffer): GenerationPlan | undefined {
  const model = provider.models.find((m) => m.status !== 'retired');
  if (!model) return undefined;
  const wanted = video.specs.durationSec;
  // The allowed length closest to what the prompt asks for.
  const seconds =
    [...model.seconds].sort((a, b) => Math.abs(a - wanted) - Math.abs(b - wanted))[0] ??
    model.seconds[0]!;
  const size = sizeFor(video.specs.aspectRatio, model.sizes);
  return { provider, model, seconds, size, estimate: estimateCost(model, seconds) };
}

/** The size whose orientation matches the prompt's aspect ratio (portrait 9:16 → 720x1280). */
function sizeFor(aspectRatio: string, sizes: string[]): string {
  const [w = 1, h = 1] = aspectRatio.split(':').map(Number);
  const wantRatio = w / h;
  const ratio = (size: string) => {
    const [sw = 1, sh = 1] = size.split('x').map(Number);
    return sw / sh;
  };
  return (
    [...sizes].sort(
      (a, b) => Math.abs(Math.log(ratio(a) / wantRatio)) - Math.abs(Math.log(ratio(b) / wantRatio)),
    )[0] ?? sizes[0]!
  );
}

/**
 * "$0.40". Written out under $100, rounded as Intl rounds (half away from zero on the shortest
 * decimal, so 0.015 is $0.02): the first Intl call of a page loads the browser's locale data, a
 * task of tens of milliseconds that would land in the first render.
 */
export function formatUsd(usd: number): string {
  const decimal = /^(\d{1,2})(?:\.(\d+))?$/.exec(String(usd));
  if (locale === 'en' && decimal) {
    const [, dollars = '0', fraction = ''] = decimal;
    const cents = Math.round(
      Number(dollars) * 100 + Number(fraction.padEnd(3, '0').slice(0, 3)) / 10,
    );
    return `$${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  }
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(usd);
}
