/**
 * Tasks run one after another, in the order asked, each after the one before has settled (a
 * failed task does not stop the ones after it). The one way main serialises its writes: the
 * settings file, a journal's appends, changes to the system's login items.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `task` in its turn; resolves or rejects as the task does. */
  run<T>(task: () => T | Promise<T>): Promise<T> {
    const done = this.tail.then(task);
    this.tail = done.catch(() => undefined);
    return done;
  }

  /** Resolves once every task asked for so far has settled. */
  async idle(): Promise<void> {
    await this.tail;
  }
}
