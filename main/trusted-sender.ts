import type { IpcMainInvokeEvent, WebContents } from 'electron';
import type { InvokeMethod } from '../core/ipc/contract';
import { mayCall, type BridgeKind } from '../core/ipc/window-bridges';
import { isAppUrl } from './app-origin';

/** The part of an IPC event the trust check reads. */
export type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/**
 * Remembers which web contents the app created and checks that a message comes from the main
 * frame of one of them, showing an app page.
 */
export class TrustedSenders {
  private readonly trusted = new Map<WebContents, BridgeKind>();

  constructor(private readonly devServerUrl?: string) {}

  /** Trusts a window's contents, with its kind of bridge, until it is destroyed. */
  add(contents: WebContents, kind: BridgeKind = 'app'): void {
    this.trusted.set(contents, kind);
    contents.once('destroyed', () => this.trusted.delete(contents));
  }

  /**
   * Tells whether the event came from a trusted frame, and (given `method`) one whose kind of
   * window may call it.
   */
  isTrusted(event: SenderEvent, method?: InvokeMethod): boolean {
    const kind = this.trusted.get(event.sender);
    if (kind === undefined) return false;
    if (method !== undefined && !mayCall(kind, method)) return false;
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    return isAppUrl(frame.url, this.devServerUrl);
  }
}
