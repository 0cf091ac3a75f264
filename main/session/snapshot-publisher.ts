import type { SessionSnapshot } from '../../core/session/session-state';
import { snapshotShape } from '../../core/session/snapshot-shape';
import type { GuardedPorts } from './session-ports';

/**
 * Sends the session's state: the whole snapshot when anything but the time changed since the
 * last one sent, otherwise only a tick with the time. A second of a running routine then costs a
 * few bytes, not the routine and its texts, on every whole second.
 */
export class SnapshotPublisher {
  /** The shape of the last snapshot sent. */
  private sentShape: string | null = null;

  constructor(private readonly ports: Pick<GuardedPorts, 'snapshot' | 'tick'>) {}

  /** Sends the whole snapshot (a control, a pause, the end: always a change). */
  publish(snapshot: SessionSnapshot): void {
    this.sentShape = snapshotShape(snapshot);
    this.ports.snapshot(snapshot);
  }

  /** Sends the snapshot if its shape changed, else only the time. */
  publishOrTick(snapshot: SessionSnapshot): void {
    if (snapshot.status !== 'idle' && snapshotShape(snapshot) === this.sentShape) {
      this.ports.tick({ elapsedMs: snapshot.elapsedMs });
      return;
    }
    this.publish(snapshot);
  }
}
