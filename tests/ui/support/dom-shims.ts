/**
 * What jsdom lacks and Fluent's components use: ResizeObserver (message bars measure themselves).
 * Layout is not what these tests check, so an observer that does nothing is enough.
 */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { value: NoResizeObserver, writable: true });
}
