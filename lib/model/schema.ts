import * as z from 'zod/mini';
import './zod';

// The pieces every schema is built from, so that a text limit or what counts as a web address is
// said once for the Job, the reading, the messages and the export file.

/** A string of at most `max` characters. */
export const text = (max: number) => z.string().check(z.maxLength(max));

/** An absolute http(s) address: never `javascript:`, `data:` or the like (see lib/text/web-url.ts). */
export const webUrl = z.url({ protocol: /^https?$/ });

/** The page a job was read from: a web page, or a saved page on disk (the CLI reads files). */
export const pageUrl = z.url({ protocol: /^(?:https?|file)$/ });
