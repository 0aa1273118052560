import type {
  ProviderConfig,
  ProviderModel,
  ProviderOffer,
  StartGenerationBody,
} from '@scenra/contracts';
import type { Config } from '../config/index.ts';
import { AppError, invalidField } from '../lib/errors.ts';
import type { ProviderRegistry } from './registry.ts';

/** What the catalogue reads: the providers offered, and the operator's keys for credits. */
export interface OfferDeps {
  providers: ProviderRegistry;
  config: Pick<Config, 'platformProviderKeys'>;
}

/** The provider and model of a request, refused with a reason when they cannot be used. */
export function resolveOffer(
  providers: ProviderRegistry,
  body: Pick<StartGenerationBody, 'providerId' | 'model' | 'seconds' | 'size'>,
): { provider: ProviderConfig; model: ProviderModel } {
  const provider = providers.get(body.providerId);
  if (!provider) throw invalidField('providerId', `"${body.providerId}" is not offered here`);
  if (provider.status === 'retired') {
    throw new AppError(
      400,
      'provider_retired',
      provider.statusNote ??
        `${provider.label} no longer generates video. Choose another provider.`,
      { details: [{ field: 'providerId', message: 'is retired' }] },
    );
  }
  const model = provider.models.find((m) => m.id === body.model);
  if (!model) {
    const offered = provider.models.filter((m) => m.status !== 'retired').map((m) => m.id);
    throw invalidField('model', `must be one of ${offered.join(', ')} for ${provider.label}`);
  }
  if (model.status === 'retired') {
    throw new AppError(
      400,
      'model_retired',
      `${model.label} is retired at ${provider.label}. Choose another model.`,
      { details: [{ field: 'model', message: 'is retired' }] },
    );
  }
  if (!model.seconds.includes(body.seconds)) {
    throw invalidField('seconds', `must be one of ${model.seconds.join(', ')} for ${model.label}`);
  }
  if (!model.sizes.includes(body.size)) {
    throw invalidField('size', `must be one of ${model.sizes.join(', ')} for ${model.label}`);
  }
  return { provider, model };
}

/** Whether Scenra credits can pay for a provider: it is active and the operator has a key for it. */
export function creditsAvailable(
  config: Pick<Config, 'platformProviderKeys'>,
  provider: ProviderConfig,
): boolean {
  return provider.status === 'active' && Boolean(config.platformProviderKeys[provider.id]);
}

/** The providers as callers see them (`GET /api/providers`, `GET /api/me`): no base URL or protocol. */
export function providerOffers({ providers, config }: OfferDeps): ProviderOffer[] {
  return providers.list().map((provider) => {
    const {
      baseURL: _baseURL,
      protocol: _protocol,
      downloadOrigins: _downloadOrigins,
      ...summary
    } = provider;
    return { ...summary, creditsAvailable: creditsAvailable(config, provider) };
  });
}
