/**
 * Counts the statements a PostgreSQL client sends by reading the frontend side of the wire protocol:
 * a simple-protocol Query ('Q') or an extended-protocol Execute ('E') is one statement run. The
 * untyped startup packets (SSLRequest, GSSENCRequest, StartupMessage) come first and are skipped.
 */
export class FrontendMessageCounter {
  queries = 0;
  executes = 0;
  private buffered: Buffer = Buffer.alloc(0);
  private inStartup = true;

  get statements(): number {
    return this.queries + this.executes;
  }

  push(chunk: Buffer): void {
    this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
    for (;;) {
      if (this.inStartup) {
        if (this.buffered.length < 8) return;
        const length = this.buffered.readInt32BE(0);
        if (this.buffered.length < length) return;
        const code = this.buffered.readInt32BE(4);
        // 80877103 SSLRequest, 80877104 GSSENCRequest: another untyped packet follows.
        if (code !== 80877103 && code !== 80877104) this.inStartup = false;
        this.buffered = this.buffered.subarray(length);
        continue;
      }
      if (this.buffered.length < 5) return;
      const length = this.buffered.readInt32BE(1);
      if (this.buffered.length < length + 1) return;
      const type = String.fromCharCode(this.buffered[0]!);
      if (type === 'Q') this.queries += 1;
      else if (type === 'E') this.executes += 1;
      this.buffered = this.buffered.subarray(length + 1);
    }
  }
}
