import { sequentialRoundTrips, type RecordedRequest } from '../../scripts/bench/recording-fetch';

const request = (startMs: number, endMs: number): RecordedRequest => ({ method: 'POST', url: '/$batch', startMs, endMs, responseBytes: 0 });

describe('counting sequential round trips from the wire', () => {
  it('counts requests in flight together once', () => {
    expect(sequentialRoundTrips([request(0, 100), request(1, 102), request(2, 99)])).toBe(1);
  });

  it('counts each request that waited for the one before', () => {
    expect(sequentialRoundTrips([request(0, 100), request(100, 200), request(201, 300)])).toBe(3);
  });

  it('follows the longest chain when rounds overlap unevenly', () => {
    // The site read, then two envelopes together, then a next page of one of them.
    const wire = [request(0, 100), request(101, 200), request(101, 260), request(201, 300)];
    expect(sequentialRoundTrips(wire)).toBe(3);
  });

  it('is zero for no requests', () => {
    expect(sequentialRoundTrips([])).toBe(0);
  });
});
