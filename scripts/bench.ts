// `npm run bench`: every benchmark, each printing its figures beside a baseline or budget.
import { benchBundleSize } from './bench/bundle-size';

await benchBundleSize();
