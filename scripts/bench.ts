// `npm run bench`: every benchmark, each printing its figures beside a baseline or budget.
// BENCH_ONLY=bundle,timer,reminders,store,trial,renderer,journal picks some; BENCH_TIMER_SECONDS /
// BENCH_RENDERER_SECONDS shorten runs, BENCH_JOURNAL_RUNS sets how often the Journal is opened.
import { benchBundleSize } from './bench/bundle-size';
import { benchJournalRender } from './bench/journal-render';
import { benchReminderWakeUps } from './bench/reminder-wakeups';
import { benchRendererCost } from './bench/renderer-cost';
import { benchStoreLoad } from './bench/store-load';
import { benchTrialAnalysis } from './bench/trial-analysis';
import { benchTimerPrecision } from './bench/timer-precision';

const only = new Set(
  (process.env['BENCH_ONLY'] ?? 'bundle,timer,reminders,store,trial,renderer,journal').split(','),
);
if (only.has('bundle')) await benchBundleSize();
if (only.has('timer')) await benchTimerPrecision();
if (only.has('reminders')) await benchReminderWakeUps();
if (only.has('store')) await benchStoreLoad();
if (only.has('trial')) await benchTrialAnalysis();
if (only.has('renderer')) await benchRendererCost();
if (only.has('journal')) await benchJournalRender();
