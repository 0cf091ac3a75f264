import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { isAppUrl } from './app-origin';

/** The part of an IPC event the trust check reads. */
export type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/**
 * Remembers which web contents the app created and checks that a message comes from the main
 * frame of one of them, showing an app page.
 */
export class TrustedSenders {
  private readonly trusted = new Set<WebContents>();

  constructor(private readonly devServerUrl?: string) {}

  /** Trusts a window's contents until it is destroyed. */
  add(contents: WebContents): void {
    this.trusted.add(contents);
    contents.once('destroyed', () => this.trusted.delete(contents));
  }

  /** Tells whether the event came from a trusted frame. */
  isTrusted(event: SenderEvent): boolean {
    if (!this.trusted.has(event.sender)) return false;
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    return isAppUrl(frame.url, this.devServerUrl);
  }
}
