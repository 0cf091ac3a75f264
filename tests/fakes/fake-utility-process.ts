import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';

/** Gives the child Electron's `process.parentPort`, over Node's own channel to the parent. */
const PARENT_PORT_SHIM =
  'data:text/javascript,process.parentPort={postMessage:(message)=>process.send(message)};';

/**
 * The fake `utilityProcess`: the script runs in a real Node child process, as Electron's utility
 * process would run it (a fresh runtime), with `process.parentPort` to answer on.
 */
class FakeUtilityProcess extends EventEmitter {
  /** Every child forked, for a test to count. */
  static readonly forked: string[] = [];
  private readonly child: ChildProcess;

  constructor(modulePath: string, args: readonly string[]) {
    super();
    FakeUtilityProcess.forked.push(modulePath);
    this.child = fork(modulePath, [...args], {
      execArgv: ['--import', PARENT_PORT_SHIM],
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    this.child.on('message', (message) => this.emit('message', message));
    this.child.on('exit', (code) => this.emit('exit', code ?? 0));
  }

  kill(): boolean {
    return this.child.kill();
  }
}

export const fakeUtilityProcess = {
  forked: FakeUtilityProcess.forked,
  fork: (modulePath: string, args: readonly string[] = []) =>
    new FakeUtilityProcess(modulePath, args),
};
