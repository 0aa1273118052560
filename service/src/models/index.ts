import type { Connection } from 'mongoose';
import { userModel } from './user.ts';
import { videoModel } from './video.ts';

/** Every model of the service; the db plugin registers them and builds their indexes at start. */
export const modelFactories: Array<(db: Connection) => unknown> = [userModel, videoModel];
