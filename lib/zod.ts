// Every schema in the project comes from here, so the CSP-safe setting is applied before any
// schema is built: zod's JIT probes `new Function`, which MV3 pages and content scripts forbid.
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
