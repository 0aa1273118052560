// "Generate video": what the click does depends on the tier and keys (DESIGN.md "Tiers and
// generation"); every failure says what to do next.
import type { NavigationTarget, Video } from '@scenra/contracts';
import { useState } from 'react';
import type { ScenraActionEvent } from '../elements/index.ts';
import type { Account } from '../api/account.ts';
import type { ApiClient } from '../api/client.ts';
import type { Emit } from './analytics.ts';
import { formatUsd, type GenerationPlan } from './generationPlan.ts';
import { useGeneration, type Recovery } from './useGeneration.ts';

export interface GenerateCardProps {
  video: Video;
  client: ApiClient;
  account: Account;
  plan: GenerationPlan | undefined;
  billing: 'credits' | 'byok';
  keyId: string | undefined;
  emit: Emit;
  navigate(to: NavigationTarget): void;
  onNeedsUpgrade(): void;
  onUseCredits(): void;
}

const recoveryLabels: Record<Recovery, string> = {
  retry: 'Retry',
  'update-key': 'Update key',
  upgrade: 'See plans',
  'use-credits': 'Use credits instead',
  'add-key': 'Add your own key',
};

export function GenerateCard(props: GenerateCardProps) {
  const { video, client, account, plan, billing, keyId, emit, navigate } = props;
  const generation = useGeneration(client, video.id);
  const [lastBilling, setLastBilling] = useState(billing);
  const canGenerate =
    Boolean(plan) && (billing === 'credits' ? account.tier === 'premium' : Boolean(keyId));

  const run = async (chosen = billing) => {
    if (!plan) return;
    setLastBilling(chosen);
    emit('generation_started', {
      billing: chosen,
      provider: plan.provider.id,
      seconds: plan.seconds,
    });
    const result = await generation.start({
      billing: chosen,
      ...(chosen === 'byok' && keyId ? { keyId } : {}),
      providerId: plan.provider.id,
      model: plan.model.id,
      seconds: plan.seconds,
      size: plan.size,
    });
    if (result?.status === 'completed') {
      emit('generation_succeeded', { billing: chosen, provider: plan.provider.id });
      navigate({ name: 'video', videoId: video.id, generationId: result.id });
    } else {
      emit('generation_failed', {
        billing: chosen,
        provider: plan.provider.id,
        ...(result?.error ? { code: result.error.code } : {}),
      });
    }
  };

  const onAction = (event: ScenraActionEvent) => {
    emit('generate_clicked', { tier: account.tier, billing, locked: event.locked || !canGenerate });
    if (event.locked || !canGenerate) {
      props.onNeedsUpgrade();
      return;
    }
    void run();
  };

  const recover = (recovery: Recovery) => {
    if (recovery === 'retry') void run(lastBilling);
    else if (recovery === 'update-key' || recovery === 'add-key')
      navigate({ name: 'settings.apiKeys', videoId: video.id });
    else if (recovery === 'upgrade') {
      emit('upgrade_clicked', { from: 'generate_error' });
      navigate({ name: 'upgrade' });
    } else {
      props.onUseCredits();
      void run('credits');
    }
  };

  const state = generation.state;
  const progress = state.phase === 'running' ? state.generation.progress : undefined;
  const cardState =
    state.phase === 'starting' || state.phase === 'running'
      ? 'busy'
      : state.phase === 'succeeded'
        ? 'done'
        : !canGenerate
          ? 'locked'
          : 'idle';
  const recoveries =
    state.phase === 'failed'
      ? state.recoveries.filter((r) => r !== 'use-credits' || account.tier === 'premium')
      : [];

  return (
    <scenra-prompt-action-card
      action="generate"
      icon="🎬"
      heading="Generate video"
      headingLevel={2}
      description={describe(props, canGenerate)}
      actionLabel="Generate"
      busyLabel={progress === undefined ? 'Generating…' : `Generating… ${Math.round(progress)}%`}
      doneLabel="Video ready ✓"
      state={cardState}
      data-testid="generate-card"
      onscenra-action={onAction}
    >
      {plan && canGenerate && (
        <p className="srd-small" data-testid="generate-estimate">
          {billing === 'credits'
            ? `${plan.estimate.credits} credits (remaining: ${account.credits})`
            : `About ${formatUsd(plan.estimate.usd)} on your key`}{' '}
          · {plan.seconds} s · {plan.size} · {plan.provider.label}
        </p>
      )}
      {progress !== undefined && (
        <progress
          className="srd-progress"
          max={100}
          value={progress}
          aria-label="Generation progress"
        >
          {Math.round(progress)}%
        </progress>
      )}
      {state.phase === 'failed' && (
        <div role="alert" className="srd-error srd-small" data-testid="generate-error">
          <p>{state.message}</p>
          <div className="srd-row">
            {recoveries.map((recovery) => (
              <button
                key={recovery}
                type="button"
                className="srd-button srd-secondary"
                onClick={() => recover(recovery)}
              >
                {recoveryLabels[recovery]}
              </button>
            ))}
          </div>
        </div>
      )}
      {state.phase === 'succeeded' && (
        <button
          type="button"
          className="srd-link"
          onClick={() =>
            navigate({ name: 'video', videoId: video.id, generationId: state.generation.id })
          }
        >
          Watch your video
        </button>
      )}
    </scenra-prompt-action-card>
  );
}

function describe({ account, plan, billing }: GenerateCardProps, canGenerate: boolean): string {
  if (!plan)
    return 'Video generation is not available right now. Copy the prompt or open it in a video tool instead.';
  if (!canGenerate)
    return 'Turn this prompt into a video with Scenra Premium or your own provider key.';
  if (billing === 'credits') return `Render it with Scenra credits through ${plan.provider.label}.`;
  return account.tier === 'premium'
    ? `Render it with your own ${plan.provider.label} key.`
    : `Render it with your own ${plan.provider.label} key. Your provider bills you directly.`;
}
