// The whole ready page once the props are known to be right: loads the video and the account,
// then lays out the header, the key bar, the four action cards and the details.
import './firstPaintElements.ts';
import type { Billing, Video, VideoReadyDashboardProps } from '@scenra/contracts';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type {
  ScenraActionEvent,
  ScenraOpenExternalEvent,
  ScenraUpgradeChoiceEvent,
} from '../elements/index.ts';
import type { ApiClient } from '../api/client.ts';
import { useResource, type Resource } from '../api/useResource.ts';
import {
  activeProviders,
  displayedKey,
  loadAccount,
  usableKey,
  type Account,
} from '../api/account.ts';
import { ReadyHeader } from './ReadyHeader.tsx';
import { dashboardCss, layoutCss } from './dashboard.css.ts';
import { createEmitter, type Emit } from './analytics.ts';
import { copyText } from './clipboard.ts';
import { useToast } from './useToast.ts';
import { useCelebration } from './useCelebration.ts';
import { ManualCopy } from './ManualCopy.tsx';
import { Details } from './Details.tsx';
import { GenerateCard } from './GenerateCard.tsx';
import { ShareExportCard } from './ShareExportCard.tsx';
import { formatUsd, planGeneration } from './generationPlan.ts';
import { LoadError } from '../ui/LoadError.tsx';

// Loaded on the first locked "Generate" click only.
const UpgradeDialog = lazy(() => import('./UpgradeDialog.tsx'));

export interface DashboardProps extends VideoReadyDashboardProps {
  client: ApiClient;
}

export function Dashboard(props: DashboardProps) {
  const { videoId, client, navigate, onEvent } = props;
  const video = useResource(
    (signal) => client.json<Video>(`/api/videos/${encodeURIComponent(videoId)}`, { signal }),
    videoId,
  );
  const emit = useMemo(() => createEmitter(onEvent, videoId), [onEvent, videoId]);
  // Fetched alongside the video, and the page drawn once both have answered: no skeleton of the
  // key bar that would then change height and push the cards down.
  const account = useResource((signal) => loadAccount(client, signal), 'account');
  const ready = video.state === 'ready';
  const settled = ready && account.state !== 'loading';
  useEffect(() => {
    if (ready) emit('ready_viewed', {});
  }, [ready, emit]);
  const celebrate = useCelebration(videoId, settled);

  return (
    <div className="srd-root" data-testid="remote-ready-dashboard" data-remote="remote_ready">
      <style>{dashboardCss + layoutCss}</style>
      {(video.state === 'loading' || (ready && !settled)) && <DashboardSkeleton />}
      {video.state === 'error' && (
        <LoadError
          what="We could not load this video"
          message={video.error.message}
          onRetry={video.reload}
        />
      )}
      {video.state === 'ready' && settled && (
        <>
          {celebrate && (
            <div className="srd-celebrate" aria-hidden="true" data-testid="celebration" />
          )}
          <ReadyHeader
            video={video.data}
            onBack={() => navigate({ name: 'roundtable', videoId })}
          />
          <ReadyActions {...props} video={video.data} account={account} emit={emit} />
        </>
      )}
    </div>
  );
}

function ReadyActions({
  video,
  account,
  client,
  navigate,
  externalTools,
  emit,
}: DashboardProps & { video: Video; account: Resource<Account>; emit: Emit }) {
  const [toastRef, toast] = useToast();
  const [copied, setCopied] = useState(false);
  const [manual, setManual] = useState<{ text: string; what: string }>();
  const [upgradeOpen, setUpgradeOpen] = useState(false);
  const compact = useMediaQuery('(max-width: 767px)');
  const [billing, setBilling] = useState<Billing>();
  const choice =
    account.state === 'ready' ? chooseGeneration(account.data, video, billing) : undefined;

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copyPrompt = async (source: string) => {
    if ((await copyText(video.optimizedPrompt)) === 'copied') {
      setCopied(true);
      setManual(undefined);
      toast('Prompt copied to clipboard!');
      emit('prompt_copied', { source });
    } else {
      setManual({ text: video.optimizedPrompt, what: 'prompt' });
    }
  };

  const onOpenExternal = (event: ScenraOpenExternalEvent) => {
    emit('open_external', { tool: event.destination.id, copied: event.copied });
    if (event.copied) toast(`Prompt copied! Paste it in ${event.destination.label}`);
    else setManual({ text: video.optimizedPrompt, what: 'prompt' });
  };

  const onUpgradeChoice = (event: ScenraUpgradeChoiceEvent) => {
    setUpgradeOpen(false);
    if (event.choice === 'upgrade') {
      emit('upgrade_clicked', { from: 'upgrade_dialog' });
      navigate({ name: 'upgrade' });
    } else if (event.choice === 'add-key')
      navigate({ name: 'settings.apiKeys', videoId: video.id });
    else void copyPrompt('upgrade_dialog');
  };

  const openUpgrade = () => {
    setUpgradeOpen(true);
    emit('upgrade_prompt_shown', {});
  };

  const copyCard = (
    <scenra-prompt-action-card
      action="copy"
      icon="📋"
      heading="Copy prompt"
      headingLevel={2}
      description="Paste it into any AI video tool."
      actionLabel="Copy prompt"
      doneLabel="Copied ✓"
      state={copied ? 'done' : 'idle'}
      data-testid="copy-card"
      onscenra-action={(_event: ScenraActionEvent) => void copyPrompt('copy_card')}
    />
  );
  const openInCard = (
    <scenra-prompt-action-card
      action="open-in"
      icon="↗"
      heading="Open in…"
      headingLevel={2}
      emphasis="secondary"
      description="Copy the prompt and open your video tool in a new tab."
      data-testid="open-in-card"
    >
      <scenra-open-in-button
        prompt={video.optimizedPrompt}
        emphasis="secondary"
        {...(externalTools ? { destinations: externalTools } : {})}
        onscenra-open-external={onOpenExternal}
      />
    </scenra-prompt-action-card>
  );
  const shareCard = (
    <ShareExportCard
      video={video}
      client={client}
      emit={emit}
      toast={toast}
      onManualCopy={(text, what) => setManual({ text, what })}
    />
  );

  // One layout whatever the account's state, so nothing shifts or remounts when it arrives.
  return (
    <>
      {account.state === 'ready' && choice ? (
        <scenra-api-key-status-bar
          status={
            choice.shownKey
              ? choice.shownKey.status === 'unchecked'
                ? 'valid'
                : choice.shownKey.status
              : 'none'
          }
          keySuffix={choice.shownKey?.masked.replace(/^•+/, '') ?? ''}
          providerLabel={
            account.data.providers.find((p) => p.id === choice.shownKey?.provider)?.label ?? 'API'
          }
          estimate={choice.estimate}
          tier={account.data.tier}
          credits={account.data.credits}
          billing={choice.billing}
          compact={compact}
          data-testid="key-status-bar"
          onscenra-key-request={() => navigate({ name: 'settings.apiKeys', videoId: video.id })}
          onscenra-billing-change={(event) =>
            setBilling(event.billing === 'byok' && !choice.key ? 'credits' : event.billing)
          }
        />
      ) : account.state === 'loading' ? (
        <div className="srd-skel srd-keybar-skel" aria-hidden="true" />
      ) : (
        <div role="alert" className="srd-error srd-small" data-testid="account-error">
          Generation options could not load:{' '}
          {account.state === 'error' ? account.error.message : ''}{' '}
          <button type="button" className="srd-link" onClick={account.reload}>
            Retry
          </button>
        </div>
      )}
      <div className="srd-cards" data-testid="action-cards">
        {copyCard}
        {account.state === 'ready' && choice ? (
          <GenerateCard
            video={video}
            client={client}
            account={account.data}
            plan={choice.plan}
            billing={choice.billing}
            keyId={choice.key?.id}
            emit={emit}
            navigate={navigate}
            onNeedsUpgrade={openUpgrade}
            onUseCredits={() => setBilling('credits')}
          />
        ) : account.state === 'loading' ? (
          <div
            className="srd-skel srd-card-skel"
            aria-busy="true"
            aria-label="Loading generation options"
          />
        ) : (
          <scenra-prompt-action-card
            action="generate"
            icon="🎬"
            heading="Generate video"
            headingLevel={2}
            description="Generation is unavailable until your account details load. Retry above, or copy the prompt."
            state="disabled"
            actionLabel="Generate"
          />
        )}
        {openInCard}
        {shareCard}
      </div>
      {manual && (
        <ManualCopy text={manual.text} what={manual.what} onClose={() => setManual(undefined)} />
      )}
      <Details
        video={video}
        emit={emit}
        onCopyHashtags={async () => {
          const tags = video.hashtags.join(' ');
          if ((await copyText(tags)) === 'copied') toast('Hashtags copied to clipboard!');
          else setManual({ text: tags, what: 'hashtags' });
        }}
      />
      <p className="srd-another">
        <button
          type="button"
          className="srd-button srd-secondary"
          onClick={() => {
            emit('create_another_clicked', {});
            navigate({ name: 'newVideo' });
          }}
        >
          Create another video
        </button>
      </p>
      {upgradeOpen && (
        <Suspense fallback={null}>
          <UpgradeDialog onChoice={onUpgradeChoice} onClose={() => setUpgradeOpen(false)} />
        </Suspense>
      )}
      <scenra-toast ref={toastRef} />
    </>
  );
}

/** What "Generate" would run and who pays, from the account and the user's billing choice. */
function chooseGeneration(account: Account, video: Video, wanted: Billing | undefined) {
  const key = usableKey(account);
  const shownKey = displayedKey(account);
  const billing: Billing = wanted ?? (account.tier === 'premium' ? 'credits' : 'byok');
  const providers = activeProviders(account);
  const provider =
    billing === 'byok' && key
      ? providers.find((p) => p.id === key.provider)
      : providers.find((p) => (billing === 'credits' ? p.creditsAvailable : true));
  const plan = provider ? planGeneration(video, provider) : undefined;
  const estimate = plan
    ? billing === 'credits'
      ? `${plan.estimate.credits} credits`
      : `≈ ${formatUsd(plan.estimate.usd)}`
    : '';
  return { key, shownKey, billing, plan, estimate };
}

function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const list = window.matchMedia?.(query);
    if (!list) return;
    const update = () => setMatches(list.matches);
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, [query]);
  return matches;
}

function DashboardSkeleton() {
  return (
    <div role="status" aria-busy="true" aria-label="Loading your video prompt">
      <div className="srd-header">
        <div className="srd-skel" style={{ width: '9rem', height: '1.5rem' }} />
        <div className="srd-skel" style={{ width: '14rem', height: '1.5rem' }} />
        <div className="srd-skel" style={{ width: '70%', height: '2.75rem' }} />
        <div className="srd-skel" style={{ width: '90%', height: '1.5rem' }} />
        <div className="srd-skel" style={{ width: '12rem', height: '1.5rem' }} />
      </div>
      <CardsSkeleton />
    </div>
  );
}

function CardsSkeleton() {
  return (
    <div aria-busy="true">
      <div className="srd-skel srd-keybar-skel" />
      <div className="srd-cards">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="srd-skel srd-card-skel" />
        ))}
      </div>
    </div>
  );
}
