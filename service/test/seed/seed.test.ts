import { describe, expect, it } from 'vitest';
import { seedDemo } from '#src/seed/seed.ts';
import { userModel } from '#src/models/user.ts';
import { build } from '#test/helpers/build.ts';

describe('demo seed', () => {
  it('is idempotent', async () => {
    const app = await build();
    const first = await seedDemo(app.db);
    const second = await seedDemo(app.db);
    expect(first.users).toBe(3);
    expect(first.videos).toBeGreaterThan(3);
    expect(second).toEqual({ users: 0, videos: 0 });
    expect(await userModel(app.db).countDocuments()).toBe(3);
  });
});
