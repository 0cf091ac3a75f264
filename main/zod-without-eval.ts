import { z } from 'zod';

// Imported first by main and by the preload, before any schema is built or used: zod otherwise
// compiles parsers with `new Function`. The page's CSP forbids that in the preload; in main it
// buys nothing here (a handful of small messages, and the store's schemas run once a start, where
// compiling costs more than it saves: the store's cold load is ~8 ms faster without it), and no
// code is made from strings anywhere in the app.
z.config({ jitless: true });
