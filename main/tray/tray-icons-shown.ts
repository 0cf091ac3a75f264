import { Message, sessionBus, type MessageBus } from '@jellybrick/dbus-next';

/*
 * Whether this desktop shows tray icons. On Linux a tray icon is shown by a StatusNotifier host
 * (KDE, most panels, GNOME only with the AppIndicator extension), registered with the
 * StatusNotifierWatcher on the session bus. Without one, closing the window must not say the app
 * is "in the tray": there is none to find it in. Asked once at start, over a pure-JavaScript D-Bus
 * client; macOS and Windows always have one.
 */

const WATCHER = 'org.kde.StatusNotifierWatcher';
/** How long the bus may take to answer before the app stops waiting and assumes a tray. */
const ANSWER_WITHIN_MS = 3_000;

/** Asks the bus whether a StatusNotifier watcher runs with a host (a tray) registered. */
export async function isStatusNotifierHostRegistered(bus: MessageBus): Promise<boolean> {
  const owned = await bus.call(
    new Message({
      destination: 'org.freedesktop.DBus',
      path: '/org/freedesktop/DBus',
      interface: 'org.freedesktop.DBus',
      member: 'NameHasOwner',
      signature: 's',
      body: [WATCHER],
    }),
  );
  if (owned?.body[0] !== true) return false;
  const registered = await bus.call(
    new Message({
      destination: WATCHER,
      path: '/StatusNotifierWatcher',
      interface: 'org.freedesktop.DBus.Properties',
      member: 'Get',
      signature: 'ss',
      body: [WATCHER, 'IsStatusNotifierHostRegistered'],
    }),
  );
  const value: unknown = registered?.body[0];
  return typeof value === 'object' && value !== null && 'value' in value && value.value === true;
}

/**
 * Whether tray icons are shown here. On Linux, the session bus is asked (see above); where it
 * cannot be reached or does not answer in time, the app cannot tell and assumes a tray, as
 * Electron does. Never throws.
 */
export async function areTrayIconsShown(
  platform: NodeJS.Platform,
  busAddress: string | undefined = process.env['DBUS_SESSION_BUS_ADDRESS'],
  log: Pick<Console, 'warn'> = console,
): Promise<boolean> {
  if (platform !== 'linux' || !busAddress) return true;
  let bus: MessageBus | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    bus = sessionBus({ busAddress });
    // A bus that fails after the answer must not take the app down with an unhandled error.
    (bus as unknown as NodeJS.EventEmitter).on('error', () => undefined);
    const timedOut = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('no answer in time')), ANSWER_WITHIN_MS);
    });
    return await Promise.race([isStatusNotifierHostRegistered(bus), timedOut]);
  } catch (error) {
    log.warn(`Could not ask the desktop whether it shows tray icons: ${String(error)}`);
    return true;
  } finally {
    clearTimeout(timer);
    bus?.disconnect();
  }
}
