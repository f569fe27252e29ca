// What stops the Node entry before it serves: a corpus folder or file it cannot serve, a port
// it cannot use. The message names the real path or setting and the fix; the entry prints it
// alone (no stack trace: nothing here is a bug in the server) and exits non-zero.
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
