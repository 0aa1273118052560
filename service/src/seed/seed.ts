import type { Connection } from 'mongoose';
import { Types } from 'mongoose';
import { CreateVideoBody } from '@scenra/contracts';
import { userModel } from '../models/user.ts';
import { videoModel } from '../models/video.ts';
import { seedDemoCredits } from './credits.ts';
import { demoUsers, demoVideos } from './demo-data.ts';

/**
 * Inserts the demo personas, their videos and credits if they are missing; running it again changes
 * nothing (upserts with $setOnInsert on fixed ids), so it is safe on every start.
 */
export async function seedDemo(
  db: Connection,
  now = new Date(),
): Promise<{ users: number; videos: number }> {
  const User = userModel(db);
  const Video = videoModel(db);
  let users = 0;
  let videos = 0;
  for (const user of demoUsers) {
    const { id, ...fields } = user;
    const result = await User.updateOne(
      { _id: new Types.ObjectId(id) },
      { $setOnInsert: fields },
      { upsert: true },
    );
    users += result.upsertedCount;
    for (const video of demoVideos[user.persona]) {
      const { id: videoId, minutesAgo, ...input } = video;
      const body = CreateVideoBody.parse(input);
      const at = new Date(now.getTime() - minutesAgo * 60_000);
      const inserted = await Video.updateOne(
        { _id: new Types.ObjectId(videoId) },
        {
          $setOnInsert: { ...body, ownerId: new Types.ObjectId(id), createdAt: at, updatedAt: at },
        },
        { upsert: true, timestamps: false },
      );
      videos += inserted.upsertedCount;
    }
  }
  await seedDemoCredits(db);
  return { users, videos };
}
