// "Generate video": what the click does depends on the tier, the keys and the video's last
// generation (DESIGN.md "Tiers and generation"); every state says what is true and every failure
// what to do next.
import type {
  ApiKeySummary,
  Billing,
  Generation,
  NavigationTarget,
  Video,
} from '@scenra/contracts';
import { useState } from 'react';
import type { ScenraActionEvent } from '../elements/index.ts';
import type { Account } from '../api/account.ts';
import type { ApiClient } from '../api/client.ts';
import type { Emit } from '../shared/analytics.ts';
import { formatUsd, type GenerationPlan } from './generationPlan.ts';
import { useGeneration } from './useGeneration.ts';
import type { Recovery } from './generationState.ts';
import { LimitNotice } from '../ui/LimitNotice.tsx';
import { readyStrings } from '../strings.ts';

const strings = readyStrings.generate;

export interface GenerateCardProps {
  video: Video;
  client: ApiClient;
  account: Account;
  plan: GenerationPlan | undefined;
  billing: Billing;
  keyId: string | undefined;
  /** The video's most recent generation when the page opened, if any. */
  latest: Generation | undefined;
  /** The user's key that cannot pay (refused or restricted) when no other key can. */
  brokenKey: ApiKeySummary | undefined;
  /** A key that could pay instead of credits. */
  spareKey: ApiKeySummary | undefined;
  emit: Emit;
  navigate(to: NavigationTarget): void;
  onNeedsUpgrade(): void;
  onUseCredits(): void;
  onUseKey(): void;
}

const recoveryLabels: Record<Recovery, string> = strings.recoveries;

/** What the main button does when the card cannot generate as things stand. */
type Blocked = 'fix-key' | 'use-key' | 'get-credits' | 'upgrade';

export function GenerateCard(props: GenerateCardProps) {
  const { video, client, account, plan, billing, keyId, emit, navigate } = props;
  const generation = useGeneration(client, video.id, props.latest);
  const [lastBilling, setLastBilling] = useState(billing);
  const shortOfCredits =
    billing === 'credits' &&
    account.tier === 'premium' &&
    plan !== undefined &&
    account.credits < plan.estimate.credits;
  const canGenerate =
    Boolean(plan) &&
    (billing === 'credits' ? account.tier === 'premium' && !shortOfCredits : Boolean(keyId));
  const blocked: Blocked | undefined = canGenerate
    ? undefined
    : shortOfCredits
      ? props.spareKey
        ? 'use-key'
        : 'get-credits'
      : props.brokenKey && billing === 'byok'
        ? 'fix-key'
        : 'upgrade';

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

  const recover = (recovery: Recovery) => {
    if (recovery === 'retry') void run(lastBilling);
    else if (recovery === 'update-key' || recovery === 'add-key')
      navigate({ name: 'settings.apiKeys', videoId: video.id });
    else if (recovery === 'upgrade') {
      emit('upgrade_clicked', { from: 'generate_error' });
      navigate({ name: 'upgrade' });
    } else if (recovery === 'get-credits') navigate({ name: 'upgrade' });
    else if (recovery === 'use-key') {
      props.onUseKey();
      generation.reset();
    } else {
      props.onUseCredits();
      void run('credits');
    }
  };

  const state = generation.state;
  const failed = state.phase === 'failed' ? state : undefined;
  // A failure that can simply be tried again gets one "Retry": the main button, not a twin.
  const retryIsMain = Boolean(failed?.recoveries.includes('retry')) && canGenerate;

  const onAction = (event: ScenraActionEvent) => {
    emit('generate_clicked', { tier: account.tier, billing, locked: event.locked || !canGenerate });
    if (blocked === 'upgrade' || (event.locked && !blocked)) {
      props.onNeedsUpgrade();
      return;
    }
    if (blocked) {
      recover(blocked === 'fix-key' ? 'update-key' : blocked);
      return;
    }
    void run(retryIsMain ? lastBilling : billing);
  };

  const progress = state.phase === 'running' ? state.generation.progress : undefined;
  const cardState =
    state.phase === 'starting' || state.phase === 'running'
      ? 'busy'
      : blocked === 'upgrade'
        ? 'locked'
        : 'idle';
  const recoveries = (failed?.recoveries ?? []).filter(
    (r) =>
      (r !== 'use-credits' || account.tier === 'premium') &&
      (r !== 'use-key' || props.spareKey) &&
      (r !== 'get-credits' || !props.spareKey) &&
      // Trying again is the card's own button, when it can run at all.
      r !== 'retry',
  );
  const actionLabel =
    blocked === 'fix-key'
      ? strings.fixKey
      : blocked === 'use-key'
        ? strings.useKey
        : blocked === 'get-credits'
          ? strings.getCredits
          : retryIsMain
            ? strings.recoveries.retry
            : state.phase === 'succeeded'
              ? strings.again
              : strings.action;

  return (
    <scenra-prompt-action-card
      action="generate"
      icon="🎬"
      heading={strings.heading}
      headingLevel={2}
      description={describe(props, blocked, state.phase === 'succeeded')}
      actionLabel={actionLabel}
      busyLabel={progress === undefined ? strings.busy : strings.busyProgress(Math.round(progress))}
      state={cardState}
      data-testid="generate-card"
      data-phase={state.phase}
      onscenra-action={onAction}
    >
      {/* One line that shows the estimate, or the progress bar in its place while rendering,
          so the card (and the grid under it) keeps its height. */}
      {(progress !== undefined || (plan && canGenerate)) && (
        <div className="srd-meter">
          {progress !== undefined ? (
            <progress
              className="srd-progress"
              max={100}
              value={progress}
              aria-label={strings.progressLabel}
              data-testid="generate-progress"
            >
              {Math.round(progress)}%
            </progress>
          ) : (
            plan && (
              <p className="srd-small" data-testid="generate-estimate">
                {state.phase === 'succeeded' ? strings.againCosts : ''}
                {billing === 'credits'
                  ? strings.estimateCredits(plan.estimate.credits, account.credits)
                  : strings.estimateUsd(formatUsd(plan.estimate.usd))}
                {strings.specs(plan.seconds, plan.size, plan.provider.label)}
              </p>
            )
          )}
        </div>
      )}
      {failed && (
        <div role="alert" className="srd-error srd-small" data-testid="generate-error">
          <p>{failed.limit ? <LimitNotice limit={failed.limit} /> : failed.message}</p>
          {recoveries.length > 0 && (
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
          )}
        </div>
      )}
      {state.phase === 'succeeded' && (
        <button
          type="button"
          className="srd-button"
          data-testid="watch-video"
          onClick={() =>
            navigate({ name: 'video', videoId: video.id, generationId: state.generation.id })
          }
        >
          {strings.watch}
        </button>
      )}
    </scenra-prompt-action-card>
  );
}

function describe(
  { account, plan, billing, brokenKey }: GenerateCardProps,
  blocked: Blocked | undefined,
  done: boolean,
): string {
  if (!plan) return strings.unavailable;
  if (blocked === 'fix-key' && brokenKey)
    return brokenKey.status === 'restricted'
      ? strings.keyRestricted(brokenKey.masked)
      : strings.keyRefused(brokenKey.masked);
  if (blocked === 'use-key' || blocked === 'get-credits')
    return strings.shortOfCredits(plan.estimate.credits, account.credits, blocked === 'use-key');
  if (blocked) return strings.locked;
  if (done) return strings.ready;
  if (billing === 'credits') return strings.withCredits(plan.provider.label);
  return account.tier === 'premium'
    ? strings.withKeyPremium(plan.provider.label)
    : strings.withKeyFree(plan.provider.label);
}
