// A child process for the kill test: opens the user's store and appends numbered entries as fast
// as it can, sessions and diary cramps in turn, printing "ack <n>" once each append has resolved
// (is acknowledged), until killed.
import { openUserStore } from '../../../main/store/user-store';
import { completedSession } from '../../fixtures/completed-session';

const folder = process.argv[2];
if (!folder) throw new Error('usage: store-child <folder>');
const { store } = await openUserStore(folder, {
  wallNow: Date.now,
  today: () => new Date().toISOString().slice(0, 10),
});
let n = store.history.entries().length + store.diary.entries().length;
for (;;) {
  const at = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
  if (n % 2 === 0) {
    await store.history.append(completedSession(Date.parse(at), { routineName: `session ${n}` }));
  } else {
    await store.diary.append({
      kind: 'saved',
      atMs: Date.parse(at),
      entry: {
        id: `cramp-${n}`,
        startedAtMs: Date.parse(at),
        night: '2026-01-01',
        note: 'x'.repeat(n % 300),
      },
    });
  }
  process.stdout.write(`ack ${n}\n`);
  n += 1;
}
