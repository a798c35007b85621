/**
 * Runs work for one stream after the work queued before it for that stream. Appends with `any`
 * chain onto whatever the stream's tail is, so writers of one stream in one process would only
 * race each other (read the tail, lose, back off, read again); queued, only other processes
 * contend, and the retries of `appendAtTail` are enough for them.
 */
export class StreamQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(stream: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(stream) ?? Promise.resolve();
    const result = previous.then(work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(stream, tail);
    void tail.then(() => {
      if (this.tails.get(stream) === tail) this.tails.delete(stream);
    });
    return result;
  }
}
