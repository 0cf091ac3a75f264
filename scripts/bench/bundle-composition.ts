// What the renderer bundle is made of, by source module, from the minified output and its source
// map: `npx tsx scripts/bench/bundle-composition.ts [top=30] [--packages]`.
//   min   minified bytes mapped to the module
//   gzip  its share of the gzipped total (gzip of the whole, split by minified bytes)
//   drop  gzipped bytes the bundle loses if the module's code is cut out (what removing it saves)
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { build, type Rollup } from 'vite';

const args = process.argv.slice(2);
const top = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 30);
const byPackage = args.includes('--packages');
const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

function nameOf(source: string): string {
  const clean = source.replace(/^(\.\.\/)+/, '').replace(/\?.*$/, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean)?.[1];
  if (pkg) return byPackage ? pkg : clean.replace(/^.*node_modules\//, '');
  return byPackage ? clean.split('/').slice(0, 3).join('/') : clean;
}

process.env['VITEST'] = '1'; // the renderer only, without the Electron plugin
const result = (await build({
  logLevel: 'silent',
  build: { write: false, sourcemap: true },
})) as Rollup.RollupOutput | Rollup.RollupOutput[];
const chunks = [result]
  .flat()
  .flatMap((output) => output.output)
  .filter((item): item is Rollup.OutputChunk => item.type === 'chunk');

// Every byte of every chunk, labelled with the module it came from.
const sizes = new Map<string, number>();
const spans = new Map<string, Array<[number, number, number]>>(); // chunk, start, end
let total = 0;
let totalGzip = 0;
chunks.forEach((chunk, index) => {
  const code = chunk.code;
  total += code.length;
  totalGzip += gzip(code);
  const lineStarts = [0];
  for (let at = code.indexOf('\n'); at >= 0; at = code.indexOf('\n', at + 1))
    lineStarts.push(at + 1);
  const consumer = new SourceMapConsumer(chunk.map as unknown as RawSourceMap);
  let previous: { offset: number; name: string } | undefined;
  const close = (end: number) => {
    if (!previous) return;
    sizes.set(previous.name, (sizes.get(previous.name) ?? 0) + end - previous.offset);
    const list = spans.get(previous.name) ?? [];
    list.push([index, previous.offset, end]);
    spans.set(previous.name, list);
  };
  consumer.eachMapping(
    (mapping) => {
      const offset = lineStarts[mapping.generatedLine - 1]! + mapping.generatedColumn;
      const name = mapping.source ? nameOf(mapping.source) : '(unmapped)';
      if (previous?.name === name) return;
      close(offset);
      previous = { offset, name };
    },
    undefined,
    SourceMapConsumer.GENERATED_ORDER,
  );
  close(code.length);
});

const rows = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, top);
const withoutGzip = (name: string) => {
  const cut = spans.get(name) ?? [];
  return chunks.reduce((sum, chunk, index) => {
    let code = '';
    let from = 0;
    for (const [at, start, end] of cut)
      if (at === index) {
        code += chunk.code.slice(from, start);
        from = end;
      }
    return sum + gzip(code + chunk.code.slice(from));
  }, 0);
};
const kb = (bytes: number) => (bytes / 1024).toFixed(2).padStart(8);
console.log(
  `renderer JS: ${chunks.length} chunk(s), min ${kb(total)} KB, gzip ${kb(totalGzip)} KB`,
);
console.log(
  `${'module'.padEnd(64)}${'min KB'.padStart(8)}${'gzip'.padStart(8)}${'drop'.padStart(8)}`,
);
for (const [name, size] of rows) {
  const drop = totalGzip - withoutGzip(name);
  console.log(
    `${name.slice(-64).padEnd(64)}${kb(size)}${kb((totalGzip * size) / total)}${kb(drop)}`,
  );
}
