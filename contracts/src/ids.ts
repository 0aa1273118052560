import { z } from 'zod';

/** A MongoDB ObjectId in its 24-hex-digit string form. */
export const ObjectIdString = z.string().regex(/^[a-f0-9]{24}$/, 'must be a 24-character hex id');
export type ObjectIdString = z.infer<typeof ObjectIdString>;

export const IdParams = z.object({ id: ObjectIdString });
export type IdParams = z.infer<typeof IdParams>;
