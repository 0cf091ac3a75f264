import type { FullSessionSnapshot, SessionSnapshot } from '../../core/session/session-state';
import { snapshotShape, withoutRoutine } from '../../core/session/snapshot-shape';
import type { GuardedPorts } from './session-ports';

/**
 * Sends the session's state: the whole snapshot when anything but the time changed since the
 * last one sent, otherwise only a tick with the time. A second of a running routine then costs a
 * few bytes. The routine (its steps and their words) goes with the first snapshot of a session
 * only: later ones name it by its key, and the window keeps the one it was given.
 */
export class SnapshotPublisher {
  /** The shape of the last snapshot sent. */
  private sentShape: string | null = null;
  /** The key of the routine the window was last sent. */
  private sentRoutineKey: string | null = null;

  constructor(private readonly ports: Pick<GuardedPorts, 'snapshot' | 'tick'>) {}

  /** Sends the snapshot (a control, a pause, the end: always a change). */
  publish(snapshot: FullSessionSnapshot): void {
    this.sentShape = snapshotShape(snapshot);
    this.ports.snapshot(this.toSend(snapshot));
  }

  /** Sends the snapshot if its shape changed, else only the time. */
  publishOrTick(snapshot: FullSessionSnapshot): void {
    if (snapshot.status !== 'idle' && snapshotShape(snapshot) === this.sentShape) {
      this.ports.tick({ elapsedMs: snapshot.elapsedMs });
      return;
    }
    this.publish(snapshot);
  }

  private toSend(snapshot: FullSessionSnapshot): SessionSnapshot {
    if (snapshot.status === 'idle') return snapshot;
    if (snapshot.routineKey === this.sentRoutineKey) return withoutRoutine(snapshot);
    this.sentRoutineKey = snapshot.routineKey;
    return snapshot;
  }
}
