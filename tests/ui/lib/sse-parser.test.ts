import { SseParser, type SseMessage } from '../../../src/lib/live';

describe('SSE parser', () => {
  it('reads events split anywhere across chunks, with CRLF, comments, multi-line data and retry', () => {
    const messages: SseMessage[] = [];
    const retries: number[] = [];
    const parser = new SseParser((m) => messages.push(m), (ms) => retries.push(ms));
    const stream = 'retry: 2000\r\n\r\n: keep-alive\n\nid: e.1\nevent: change\ndata: {"a":\ndata: 1}\n\nevent: presence\r\ndata: {}\r\n\r\n';
    for (const size of [1, 3, 7]) {
      messages.length = 0;
      for (let i = 0; i < stream.length; i += size) parser.push(stream.slice(i, i + size));
      expect(messages).toEqual([
        { event: 'change', data: '{"a":\n1}', id: 'e.1' },
        // The id is kept from the last event that had one, as EventSource does.
        { event: 'presence', data: '{}', id: 'e.1' },
      ]);
    }
    expect(retries).toEqual([2000, 2000, 2000]);
  });
});
