// The whole ready page once the props are known to be right: loads the video and the account,
// then lays out the header, the key bar, the four action cards and the details.
import './firstPaintElements.ts';
import {
  providerName,
  type ApiKeySummary,
  type Generation,
  type GenerationList,
  type ValidateApiKeyResult,
  type Video,
  type VideoReadyDashboardProps,
} from '@scenra/contracts';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type {
  ScenraActionEvent,
  ScenraKeyRequestEvent,
  ScenraOpenExternalEvent,
  ScenraUpgradeChoiceEvent,
} from '../elements/index.ts';
import { ApiError, type ApiClient } from '../api/client.ts';
import { useResource, type Resource } from '../api/useResource.ts';
import { loadAccount, type Account } from '../api/account.ts';
import { ReadyHeader } from './ReadyHeader.tsx';
import { baseCss } from '../ui/base.css.ts';
import { dashboardCss } from './dashboard.css.ts';
import { createEmitter, type Emit } from '../shared/analytics.ts';
import { copyText } from './clipboard.ts';
import { useToast } from './useToast.ts';
import { useCelebration } from './useCelebration.ts';
import { Details } from './Details.tsx';
import { GenerateCard } from './GenerateCard.tsx';
import { ShareExportCard } from './ShareExportCard.tsx';
import { chooseGeneration } from './generationChoice.ts';
import { keyBarStatus } from './keyBar.ts';
import { useMediaQuery } from './useMediaQuery.ts';
import { DashboardSkeleton } from './DashboardSkeleton.tsx';
import { LoadError } from '../ui/LoadError.tsx';
import { loadPayerChoice, savePayerChoice, type PayerChoice } from './payerChoice.ts';
import { NotFound, PromptNotReady } from './NotReady.tsx';
import { commonStrings, readyStrings as strings } from '../strings.ts';

// Loaded on the first locked "Generate" click only.
const UpgradeDialog = lazy(() => import('./UpgradeDialog.tsx'));
// Loaded when the browser first refuses the clipboard.
const ManualCopy = lazy(() => import('./ManualCopy.tsx'));
// Loaded on the key bar's first "Change"; a pointer over the bar or focus in it starts it early.
const loadPayerChooser = () => import('./PayerChooser.tsx');
const PayerChooser = lazy(loadPayerChooser);

export interface DashboardProps extends VideoReadyDashboardProps {
  client: ApiClient;
}

export function Dashboard(props: DashboardProps) {
  const { videoId, client, navigate, onEvent, onReady } = props;
  const video = useResource(
    (signal) => client.json<Video>(`/api/videos/${encodeURIComponent(videoId)}`, { signal }),
    videoId,
  );
  const emit = useMemo(() => createEmitter(onEvent, videoId), [onEvent, videoId]);
  // Fetched alongside the video, and the page drawn once both have answered: no skeleton of the
  // key bar that would then change height and push the cards down.
  const account = useResource((signal) => loadAccount(client, signal), 'account');
  // The video's last generation, so the page opens on what is true: rendering, ready or failed.
  const history = useResource(
    (signal) =>
      client.json<GenerationList>(`/api/generations?videoId=${encodeURIComponent(videoId)}`, {
        signal,
      }),
    `generations:${videoId}`,
  );
  const ready = video.state === 'ready';
  // A prompt the roundtable has not synthesized yet has nothing to act on: it says so at once.
  const settled =
    ready &&
    ((account.state !== 'loading' && history.state !== 'loading') ||
      !video.data.roundtable.synthesisComplete);
  useEffect(() => {
    if (ready) emit('ready_viewed', {});
  }, [ready, emit]);
  const celebrate = useCelebration(videoId, settled);
  const title = ready ? video.data.title : undefined;
  useEffect(() => {
    if (settled && title !== undefined) onReady?.({ title: strings.pageTitle(title) });
  }, [settled, title, onReady]);

  return (
    <div className="srd-root" data-testid="remote-ready-dashboard" data-remote="remote_ready">
      <style>{baseCss + dashboardCss}</style>
      {(video.state === 'loading' || (ready && !settled)) && <DashboardSkeleton />}
      {video.state === 'error' &&
        (video.error instanceof ApiError && video.error.status === 404 ? (
          <NotFound onHome={() => navigate({ name: 'newVideo' })} />
        ) : (
          <LoadError
            what={strings.loadFailed}
            message={video.error.message}
            onRetry={video.reload}
          />
        ))}
      {ready && !video.data.roundtable.synthesisComplete && (
        <PromptNotReady
          video={video.data}
          onBack={() => navigate({ name: 'roundtable', videoId })}
        />
      )}
      {video.state === 'ready' && settled && video.data.roundtable.synthesisComplete && (
        <div className="srd-stage">
          {celebrate && (
            <div className="srd-celebrate" aria-hidden="true" data-testid="celebration" />
          )}
          <ReadyHeader
            video={video.data}
            onBack={() => navigate({ name: 'roundtable', videoId })}
          />
          <ReadyActions
            {...props}
            video={video.data}
            account={account}
            latest={history.state === 'ready' ? history.data.generations[0] : undefined}
            emit={emit}
          />
        </div>
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
  latest,
  emit,
}: DashboardProps & {
  video: Video;
  account: Resource<Account>;
  /** The video's most recent generation, if any (unknown when the list could not load). */
  latest: Generation | undefined;
  emit: Emit;
}) {
  const [toastRef, toast] = useToast();
  const [copied, setCopied] = useState(false);
  const [manual, setManual] = useState<{ text: string; what: string }>();
  const [upgradeOpen, setUpgradeOpen] = useState(false);
  const compact = useMediaQuery('(max-width: 767px)');
  const [payer, setPayer] = useState<PayerChoice | undefined>(loadPayerChoice);
  const [choosing, setChoosing] = useState(false);
  const [checking, setChecking] = useState(false);
  const choice =
    account.state === 'ready' ? chooseGeneration(account.data, video, payer) : undefined;
  const pay = (next: PayerChoice) => {
    setPayer(next);
    savePayerChoice(next);
  };

  const checkKey = async (key: ApiKeySummary) => {
    if (account.state !== 'ready') return;
    setChecking(true);
    try {
      const result = await client.json<ValidateApiKeyResult>(
        `/api/user/api-keys/${encodeURIComponent(key.id)}/validate`,
        { method: 'POST' },
      );
      emit('api_key_validated', {
        provider: key.provider,
        status: result.status,
        outcome: result.outcome,
      });
      account.replace({
        ...account.data,
        keys: account.data.keys.map((k) =>
          k.id === key.id
            ? {
                ...k,
                status: result.status,
                isValid: result.isValid,
                lastValidatedAt: result.checkedAt,
              }
            : k,
        ),
      });
      toast(result.message, result.status === 'valid' ? 'success' : 'error');
    } catch (error) {
      // A 429's message already names the limit and the wait in words.
      toast(
        strings.keyCheckFailed(error instanceof Error ? error.message : String(error)),
        'error',
      );
    } finally {
      setChecking(false);
    }
  };

  const onKeyRequest = (event: ScenraKeyRequestEvent) => {
    if (event.intent === 'change') setChoosing((open) => !open);
    else if (event.intent === 'check' && choice?.shownKey) void checkKey(choice.shownKey);
    else navigate({ name: 'settings.apiKeys', videoId: video.id });
  };

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copyPrompt = async (source: string) => {
    if ((await copyText(video.optimizedPrompt)) === 'copied') {
      setCopied(true);
      setManual(undefined);
      toast(strings.copy.toast);
      emit('prompt_copied', { source });
    } else {
      setManual({ text: video.optimizedPrompt, what: strings.copy.what });
    }
  };

  const onOpenExternal = (event: ScenraOpenExternalEvent) => {
    emit('open_external', { tool: event.destination.id, copied: event.copied });
    if (event.copied) toast(strings.openIn.toast(event.destination.label));
    else setManual({ text: video.optimizedPrompt, what: strings.copy.what });
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
      heading={strings.copy.heading}
      headingLevel={2}
      description={strings.copy.description}
      actionLabel={strings.copy.action}
      doneLabel={strings.copy.done}
      state={copied ? 'done' : 'idle'}
      data-testid="copy-card"
      onscenra-action={(_event: ScenraActionEvent) => void copyPrompt('copy_card')}
    />
  );
  const openInCard = (
    <scenra-prompt-action-card
      action="open-in"
      icon="↗"
      heading={strings.openIn.heading}
      headingLevel={2}
      emphasis="secondary"
      description={strings.openIn.description}
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
        <>
          <scenra-api-key-status-bar
            status={keyBarStatus(choice.shownKey, checking)}
            keySuffix={choice.shownKey?.masked.replace(/^•+/, '') ?? ''}
            providerLabel={providerName(
              account.data.providers.find((p) => p.id === choice.shownKey?.provider)?.label ??
                'API',
            )}
            tier={account.data.tier}
            credits={account.data.credits}
            billing={choice.billing}
            compact={compact}
            changeable={choice.changeable}
            data-testid="key-status-bar"
            {...(choice.changeable
              ? { onPointerEnter: loadPayerChooser, onFocus: loadPayerChooser }
              : {})}
            onscenra-key-request={onKeyRequest}
            onscenra-billing-change={(event) =>
              pay({ billing: event.billing, keyId: choice.key?.id })
            }
          />
          {choosing && (
            <Suspense fallback={null}>
              <PayerChooser
                account={account.data}
                billing={choice.billing}
                keyId={choice.key?.id}
                onChoose={pay}
                onManageKeys={() => navigate({ name: 'settings.apiKeys', videoId: video.id })}
                onClose={() => setChoosing(false)}
              />
            </Suspense>
          )}
        </>
      ) : account.state === 'loading' ? (
        <div className="srd-skel srd-keybar-skel" aria-hidden="true" />
      ) : (
        <div role="alert" className="srd-error srd-small" data-testid="account-error">
          {strings.accountFailed}
          {account.state === 'error' ? account.error.message : ''}{' '}
          <button type="button" className="srd-link" onClick={account.reload}>
            {commonStrings.retry}
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
            keyId={choice.billing === 'byok' ? choice.key?.id : undefined}
            latest={latest}
            brokenKey={choice.key ? undefined : choice.shownKey}
            spareKey={choice.key}
            emit={emit}
            navigate={navigate}
            onNeedsUpgrade={openUpgrade}
            onUseCredits={() => pay({ billing: 'credits', keyId: choice.key?.id })}
            onUseKey={() => pay({ billing: 'byok', keyId: choice.key?.id })}
          />
        ) : account.state === 'loading' ? (
          <div
            className="srd-skel srd-card-skel"
            aria-busy="true"
            aria-label={strings.loadingGeneration}
          />
        ) : (
          <scenra-prompt-action-card
            action="generate"
            icon="🎬"
            heading={strings.generate.heading}
            headingLevel={2}
            description={strings.generate.unavailableAccount}
            state="disabled"
            actionLabel={strings.generate.action}
          />
        )}
        {openInCard}
        {shareCard}
      </div>
      {manual && (
        <Suspense fallback={null}>
          <ManualCopy text={manual.text} what={manual.what} onClose={() => setManual(undefined)} />
        </Suspense>
      )}
      <Details
        video={video}
        emit={emit}
        onCopyHashtags={async () => {
          const tags = video.hashtags.join(' ');
          if ((await copyText(tags)) === 'copied') toast(strings.details.hashtagsCopied);
          else setManual({ text: tags, what: strings.details.hashtagsWhat });
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
          {strings.another}
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
