// Imported first by every entrypoint: zod's JIT probes `new Function`, which MV3 pages and
// content scripts forbid, so it must be switched off before any schema parses.
// Schemas import `* as z from 'zod/mini'` themselves: re-exporting the namespace from here
// would defeat tree-shaking and ship all of zod (locales included) to every page.
import { config } from 'zod/mini';

config({ jitless: true });
