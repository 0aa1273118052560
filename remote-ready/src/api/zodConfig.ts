// Imported first by every module of the remote that parses with a contract schema (the props
// checks do not use zod), before the schema is built. Hosts may forbid eval in their
// Content-Security-Policy (the reference host does): zod's JIT probes `new Function` when a
// schema is first used and the browser reports a violation. Validation is the same without it.
import * as z from 'zod/mini';

z.config({ jitless: true });
