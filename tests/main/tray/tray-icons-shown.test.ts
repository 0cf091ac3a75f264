import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Message, sessionBus, Variant, type MessageBus } from '@jellybrick/dbus-next';
import { afterEach, describe, expect, it } from 'vitest';
import { areTrayIconsShown } from '../../../main/tray/tray-icons-shown';

const DBUS_DAEMON = '/usr/bin/dbus-daemon';
const WATCHER = 'org.kde.StatusNotifierWatcher';

/** A private session bus of our own (Debian's dbus-daemon comes with its chromium package). */
async function startBus(): Promise<{ address: string; daemon: ChildProcess }> {
  const daemon = spawn(DBUS_DAEMON, ['--session', '--nofork', '--print-address'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const address = await new Promise<string>((resolve, reject) => {
    daemon.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    daemon.once('error', reject);
  });
  return { address, daemon };
}

/** A desktop's StatusNotifierWatcher, saying whether a tray (a host) is registered with it. */
async function runWatcher(address: string, isHostRegistered: boolean): Promise<MessageBus> {
  const bus = sessionBus({ busAddress: address });
  await bus.requestName(WATCHER, 0);
  bus.addMethodHandler((message: Message) => {
    if (message.interface !== 'org.freedesktop.DBus.Properties' || message.member !== 'Get')
      return false;
    bus.send(Message.newMethodReturn(message, 'v', [new Variant('b', isHostRegistered)]));
    return true;
  });
  return bus;
}

const quiet = { warn: () => undefined };

describe.skipIf(!existsSync(DBUS_DAEMON))('whether this desktop shows tray icons', () => {
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
  });
  async function bus() {
    const started = await startBus();
    stops.push(() => started.daemon.kill());
    return started.address;
  }

  it('says no on a desktop with no StatusNotifier watcher (GNOME without its extension)', async () => {
    expect(await areTrayIconsShown('linux', await bus(), quiet)).toBe(false);
  });

  it('says no where a watcher runs but no tray has registered with it', async () => {
    const address = await bus();
    const watcher = await runWatcher(address, false);
    stops.unshift(() => watcher.disconnect());
    expect(await areTrayIconsShown('linux', address, quiet)).toBe(false);
  });

  it('says yes where a tray has registered with the watcher (KDE, most panels)', async () => {
    const address = await bus();
    const watcher = await runWatcher(address, true);
    stops.unshift(() => watcher.disconnect());
    expect(await areTrayIconsShown('linux', address, quiet)).toBe(true);
  });
});

describe('when it cannot tell', () => {
  it('assumes a tray on macOS and Windows, without a session bus, or where the bus is gone', async () => {
    expect(await areTrayIconsShown('darwin', undefined, quiet)).toBe(true);
    expect(await areTrayIconsShown('win32', undefined, quiet)).toBe(true);
    expect(await areTrayIconsShown('linux', undefined, quiet)).toBe(true);
    const warnings: string[] = [];
    const gone = 'unix:path=/nonexistent/bedtime-stretch-test-bus';
    expect(await areTrayIconsShown('linux', gone, { warn: (line) => warnings.push(line) })).toBe(
      true,
    );
    expect(warnings).toHaveLength(1);
  });
});
