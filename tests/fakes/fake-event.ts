/** An Electron-style event whose default can be prevented, as `will-navigate` and `close` give. */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}
