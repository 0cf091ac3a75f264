import { gzipSync } from 'node:zlib';
import { build, type Plugin, type Rollup } from 'vite';

/** The renderer's JavaScript budget, gzipped. */
export const BUDGET_GZIP_BYTES = 110 * 1024;

interface GroupSize {
  raw: number;
  gzip: number;
}

/** A package's unminified source as rendered into the bundle. */
type GroupSource = number;

function groupOf(moduleId: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(moduleId);
  if (match?.[1]) return match[1];
  if (moduleId.includes('/core/')) return 'app: core/';
  if (moduleId.includes('/renderer/')) return 'app: renderer/';
  return 'other';
}

/** Builds the renderer in-process and measures its JavaScript, in total and by package. */
export async function measureBundle(): Promise<{
  total: GroupSize;
  groups: Map<string, GroupSource>;
}> {
  const groups = new Map<string, GroupSource>();
  const total: GroupSize = { raw: 0, gzip: 0 };
  const collect: Plugin = {
    name: 'bench-bundle-size',
    generateBundle(_options, bundle: Rollup.OutputBundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        total.raw += Buffer.byteLength(output.code);
        total.gzip += gzipSync(output.code, { level: 9 }).length;
        for (const [id, info] of Object.entries(output.modules)) {
          groups.set(groupOf(id), (groups.get(groupOf(id)) ?? 0) + info.renderedLength);
        }
      }
    },
  };
  process.env['VITEST'] = '1'; // build the renderer only, without the Electron plugin
  await build({ logLevel: 'silent', plugins: [collect], build: { write: false } });
  delete process.env['VITEST'];
  return { total, groups };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Prints the renderer bundle size beside its budget, and what costs what. */
export async function benchBundleSize(): Promise<void> {
  const { total, groups } = await measureBundle();
  console.log('\n== Renderer bundle (JavaScript) ==');
  console.log(`${'measure'.padEnd(28)}${'raw'.padStart(12)}${'gzip'.padStart(12)}`);
  console.log(`${'total'.padEnd(28)}${kb(total.raw).padStart(12)}${kb(total.gzip).padStart(12)}`);
  console.log(`${'budget'.padEnd(28)}${''.padStart(12)}${kb(BUDGET_GZIP_BYTES).padStart(12)}`);
  console.log(
    `${'headroom'.padEnd(28)}${''.padStart(12)}${kb(BUDGET_GZIP_BYTES - total.gzip).padStart(12)}`,
  );
  console.log(
    '-- what costs what: share of the unminified source, applied to the totals (estimate) --',
  );
  const source = [...groups.values()].reduce((sum, size) => sum + size, 0);
  for (const [name, size] of [...groups].sort((a, b) => b[1] - a[1])) {
    const share = size / source;
    console.log(
      `${name.padEnd(28)}${kb(total.raw * share).padStart(12)}${kb(total.gzip * share).padStart(12)}  (${(share * 100).toFixed(1)}%)`,
    );
  }
  console.log(total.gzip <= BUDGET_GZIP_BYTES ? 'within budget' : 'OVER BUDGET');
}
