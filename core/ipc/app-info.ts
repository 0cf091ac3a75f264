import { z } from 'zod';

/** What the renderer may know about the running app. */
export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  isPackaged: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;
