import { z } from 'zod';

// Imported first by the preload: zod decides at schema creation whether to compile parsers with
// `new Function`, which the page's CSP forbids. This must run before any schema is built.
z.config({ jitless: true });
