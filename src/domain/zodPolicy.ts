import { z } from 'zod';

// The pages run under a Content-Security-Policy without 'unsafe-eval'
// (deploy/csp.cjs). Zod would probe for `new Function` to compile its object
// checks; under that policy the probe fails (zod falls back) but the browser
// reports a violation each time. Checking without compiling is what the
// pages would get anyway, so zod never probes.
z.config({ jitless: true });
