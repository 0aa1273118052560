// Imported first by every exposed module, before any contract schema is built. Hosts may
// forbid eval in their Content-Security-Policy (the reference host does): zod's JIT probes
// `new Function` when a schema is created and the browser reports a violation. Validation is
// the same without the JIT, and these checks are tiny. zod is the host's shared singleton, so
// this holds for the whole page.
import { z } from 'zod';

z.config({ jitless: true });
