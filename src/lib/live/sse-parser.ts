/** One Server-Sent Event as the stream carried it. */
export interface SseMessage {
  readonly event: string;
  readonly data: string;
  readonly id?: string;
}

/**
 * Splits a text/event-stream into messages as chunks arrive (the WHATWG rules EventSource follows:
 * lines end with LF, CR or CRLF; `:` starts a comment; a blank line ends a message; `retry:` is
 * handed to `onRetry`).
 */
export class SseParser {
  private buffer = '';
  private event = '';
  private data: string[] = [];
  private id: string | undefined;

  constructor(
    private readonly onMessage: (message: SseMessage) => void,
    private readonly onRetry?: (ms: number) => void,
  ) {}

  push(chunk: string): void {
    this.buffer += chunk;
    for (;;) {
      const end = this.buffer.search(/\r\n|\r|\n/);
      // A CR at the very end may be half of a CRLF still to come.
      if (end < 0 || (end === this.buffer.length - 1 && this.buffer.endsWith('\r'))) break;
      const line = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + (this.buffer.startsWith('\r\n', end) ? 2 : 1));
      this.line(line);
    }
  }

  private line(line: string): void {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
    else if (field === 'id' && !value.includes('\0')) this.id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) this.onRetry?.(Number(value));
    return undefined;
  }

  private dispatch(): void {
    if (this.data.length > 0) this.onMessage({ event: this.event || 'message', data: this.data.join('\n'), ...(this.id !== undefined && { id: this.id }) });
    this.event = '';
    this.data = [];
  }
}
