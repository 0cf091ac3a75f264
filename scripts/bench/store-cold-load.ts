// One cold load in a fresh process, for the store benchmark: `node <bundle> store|naive <folder>`
// prints the milliseconds from the app's code loaded (as it is when main starts) to the data in
// memory, checked: nothing read, parsed or compiled for the data before.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import '../../main/zod-without-eval';
const [kind, folder] = process.argv.slice(2);
if (!folder || (kind !== 'store' && kind !== 'naive'))
  throw new Error('usage: store|naive <folder>');
const { openUserStore } = await import('../../main/store/user-store');
const { DiaryBook } = await import('../../main/diary/diary-book');
const { z } = await import('zod');
const { SettingsSchema } = await import('../../core/settings/settings-schema');
const { SessionHistoryEntrySchema } = await import('../../core/session/session-state');
const { DiaryEventSchema } = await import('../../core/journal/diary-log');
const start = performance.now();
if (kind === 'store') {
  const { store } = await openUserStore(folder, {
    appVersion: '0.1.0',
    wallNow: Date.now,
    today: () => new Date().toISOString().slice(0, 10),
  });
  new DiaryBook(store.diary, { wallNow: Date.now, timeZone: () => 'Europe/London' });
  process.stdout.write(`${performance.now() - start}\n`);
  await store.close();
} else {
  z.object({
    settings: SettingsSchema,
    history: z.array(SessionHistoryEntrySchema),
    diary: z.array(DiaryEventSchema),
  }).parse(JSON.parse(await readFile(path.join(folder, 'everything.json'), 'utf8')));
  process.stdout.write(`${performance.now() - start}\n`);
}
