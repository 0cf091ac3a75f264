import type { EventName, InvokeMethod } from './contract';

/*
 * Each window gets the bridge it needs and no more. The main window's page uses every method of
 * the contract; the reminder card (a small window over other apps, shown at night) only reads its
 * reminder and answers it. Main passes the window's kind to its preload as an argument of the
 * renderer process (`additionalArguments`, which the page cannot change), the preload exposes
 * only that kind's methods, and main refuses any other call from that window all the same.
 */

export const BRIDGE_KINDS = ['app', 'reminder-card'] as const;
export type BridgeKind = (typeof BRIDGE_KINDS)[number];

/** The argument main gives a window's renderer process, naming its bridge. */
export const BRIDGE_ARGUMENT_PREFIX = '--bedtime-bridge=';
export const bridgeArgument = (kind: BridgeKind) => `${BRIDGE_ARGUMENT_PREFIX}${kind}`;

/** What the reminder card calls: its words and zone, the reminder, the volume, and the answer. */
export const REMINDER_CARD_METHODS = [
  'getWindowMessages',
  'getTimeZone',
  'getShownReminder',
  'getSettings',
  'answerReminder',
] as const satisfies readonly InvokeMethod[];

/** The methods and events each kind of window may use (`'all'`: the whole contract). */
export const WINDOW_BRIDGES: Readonly<
  Record<
    BridgeKind,
    { methods: readonly InvokeMethod[] | 'all'; events: readonly EventName[] | 'all' }
  >
> = {
  app: { methods: 'all', events: 'all' },
  'reminder-card': { methods: REMINDER_CARD_METHODS, events: [] },
};

/** The bridge a renderer's arguments name; the main window's when they name none or another. */
export function bridgeKindOf(argv: readonly string[]): BridgeKind {
  const named = argv.find((arg) => arg.startsWith(BRIDGE_ARGUMENT_PREFIX));
  const kind = named?.slice(BRIDGE_ARGUMENT_PREFIX.length);
  return BRIDGE_KINDS.find((known) => known === kind) ?? 'app';
}

/** Whether a window of this kind may call `method`. */
export function mayCall(kind: BridgeKind, method: InvokeMethod): boolean {
  const { methods } = WINDOW_BRIDGES[kind];
  return methods === 'all' || methods.includes(method);
}

/** Whether a window of this kind hears `event`. */
export function mayHear(kind: BridgeKind, event: EventName): boolean {
  const { events } = WINDOW_BRIDGES[kind];
  return events === 'all' || events.includes(event);
}
