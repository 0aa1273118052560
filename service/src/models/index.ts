import type { Connection } from 'mongoose';
import { apiKeyModel } from './api-key.ts';
import { auditEventModel } from './audit-event.ts';
import { creditLedgerModel } from './credit-ledger.ts';
import { generationModel } from './generation.ts';
import { generationCopyModel } from './generation-copy.ts';
import { generationRefreshModel } from './generation-refresh.ts';
import { sandboxVideoModel } from '../providers/sandbox/video-model.ts';
import { shareModel } from './share.ts';
import { shareViewModel } from './share-view.ts';
import { userModel } from './user.ts';
import { videoModel } from './video.ts';
import { videoPdfModel } from './video-pdf.ts';

/** Every model of the service; the db plugin registers them and builds their indexes at start. */
export const modelFactories: Array<(db: Connection) => unknown> = [
  userModel,
  videoModel,
  videoPdfModel,
  creditLedgerModel,
  generationModel,
  generationCopyModel,
  generationRefreshModel,
  sandboxVideoModel,
  shareModel,
  shareViewModel,
  apiKeyModel,
  auditEventModel,
];
