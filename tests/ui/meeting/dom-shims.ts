/**
 * What jsdom lacks and Fluent's components use: ResizeObserver (message bars measure themselves
 * to reflow). A do-nothing observer is enough; layout is not what these tests check.
 */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { value: NoResizeObserver, writable: true });
}
