// A child process for the kill test: opens the journal and appends numbered entries as fast as
// it can, printing "ack <n>" once each append has resolved (is acknowledged), until killed.
import { z } from 'zod';
import { JournalFile } from '../../../main/store/journal-file';

const EntrySchema = z.object({ n: z.number().int().min(0), text: z.string() });
const file = process.argv[2];
if (!file) throw new Error('usage: journal-child <file>');
const journal = new JournalFile(file, EntrySchema);
await journal.open();
let n = journal.entries().length;
for (;;) {
  await journal.append({ n, text: `entry ${n}: ${'x'.repeat(n % 200)}` });
  process.stdout.write(`ack ${n}\n`);
  n += 1;
}
