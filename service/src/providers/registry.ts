import OpenAI from 'openai';
import type { ProviderConfig } from '@scenra/contracts';
import type { Config } from '../config/index.ts';
import { AppError } from '../lib/errors.ts';

/** The day OpenAI shut down Sora and its Videos API (DESIGN.md "Video providers"). */
export const OPENAI_VIDEO_RETIRED_ON = '2026-09-24';

/** OpenAI stays listed, retired for video, so the UI can explain instead of failing. */
export const openaiPreset: ProviderConfig = {
  id: 'openai',
  label: 'OpenAI',
  protocol: 'openai-videos',
  baseURL: 'https://api.openai.com/v1',
  status: 'retired',
  statusNote: `OpenAI shut down Sora and its Videos API on ${OPENAI_VIDEO_RETIRED_ON}. OpenAI keys still validate, but cannot generate video: add a key for another provider.`,
  keyPrefix: 'sk-',
  sandbox: false,
  models: [
    {
      id: 'sora-2',
      label: 'Sora 2',
      seconds: [4, 8, 12],
      sizes: ['720x1280', '1280x720'],
      usdPerSecond: 0.1,
      creditsPerSecond: 0.25,
      status: 'retired',
    },
    {
      id: 'sora-2-pro',
      label: 'Sora 2 Pro',
      seconds: [4, 8, 12],
      sizes: ['720x1280', '1280x720', '1024x1792', '1792x1024'],
      usdPerSecond: 0.3,
      creditsPerSecond: 0.75,
      status: 'retired',
    },
  ],
};

/** The provider the service itself serves under `/sandbox/v1` (development and tests only). */
export function sandboxPreset(publicUrl: string): ProviderConfig {
  return {
    id: 'sandbox',
    label: 'Sandbox — no real video',
    protocol: 'openai-videos',
    baseURL: `${publicUrl}/sandbox/v1`,
    status: 'active',
    statusNote:
      'For development and tests: answers by key (see the service README) and renders a short sample clip.',
    keyPrefix: 'sk-sandbox-',
    sandbox: true,
    models: [
      {
        id: 'sandbox-video',
        label: 'Sandbox video',
        seconds: [4, 8, 12],
        sizes: ['720x1280', '1280x720'],
        usdPerSecond: 0.1,
        creditsPerSecond: 0.25,
        status: 'active',
      },
    ],
  };
}

export interface ProviderRegistry {
  list(): ProviderConfig[];
  get(id: string): ProviderConfig | undefined;
  /** An SDK client for one provider and key: no retries (a retry could double-charge), bounded time. */
  client(providerId: string, apiKey: string): OpenAI;
}

/**
 * Built-ins (`openai`; `sandbox` outside production) plus the operator's entries, which
 * replace a built-in of the same id.
 */
export function createProviderRegistry(
  config: Pick<Config, 'isProduction' | 'publicUrl' | 'operatorProviders' | 'providerTimeoutMs'>,
): ProviderRegistry {
  const builtIns = config.isProduction
    ? [openaiPreset]
    : [openaiPreset, sandboxPreset(config.publicUrl)];
  const byId = new Map<string, ProviderConfig>(builtIns.map((p) => [p.id, p]));
  for (const provider of config.operatorProviders) {
    // A sandbox cannot be smuggled into production through configuration.
    if (config.isProduction && provider.sandbox) continue;
    byId.set(provider.id, provider);
  }
  const providers = [...byId.values()];

  return {
    list: () => providers,
    get: (id) => byId.get(id),
    client(providerId, apiKey) {
      const provider = byId.get(providerId);
      if (!provider)
        throw new AppError(
          400,
          'unknown_provider',
          `provider: "${providerId}" is not offered here.`,
          {
            details: [{ field: 'provider', message: 'is not offered here' }],
          },
        );
      return new OpenAI({
        apiKey,
        baseURL: provider.baseURL,
        maxRetries: 0,
        timeout: config.providerTimeoutMs,
        // The SDK's own logger could print request details; ours is the only one.
        logLevel: 'off',
      });
    },
  };
}
