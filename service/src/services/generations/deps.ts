import type { Config } from '../../config/index.ts';
import type { FileStorage } from '../../storage/port.ts';
import type { KeyDeps } from '../api-keys.ts';
import type { VideoReadDeps } from '../owned-video.ts';

/**
 * What the generation lifecycle needs: the user's keys (vault) or the operator's to pay, the
 * providers to run jobs, the user's videos for prompts, and storage for the finished files.
 */
export interface GenerationDeps extends KeyDeps, VideoReadDeps {
  storage: FileStorage;
  config: Pick<Config, 'platformProviderKeys' | 'providerRefreshMs' | 'providerMaxDownloadBytes'>;
}
