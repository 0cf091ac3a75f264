import { z } from 'zod';

/**
 * The window's words as main sends them (see `format-window-message`): messages by key, with the
 * language they are written in under `app.lang`.
 */
export const WindowCatalogSchema = z
  .record(z.string().min(1).max(80), z.string().max(2_000))
  .refine((catalog) => typeof catalog['app.lang'] === 'string', 'the catalog names its language');
