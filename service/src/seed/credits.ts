import type { Connection } from 'mongoose';
import { grantCredits } from '../services/credits.ts';
import { demoUsers } from './demo-data.ts';

/** The premium demo persona starts with 10 credits (`grant:seed`), once. */
export async function seedDemoCredits(db: Connection): Promise<void> {
  for (const user of demoUsers.filter((u) => u.persona === 'premium')) {
    await grantCredits(db, user.id, 'seed', 10);
  }
}
