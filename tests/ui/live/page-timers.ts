/** Each test of the suite on fake timers, with no drafts left from the one before and the address put back after. */
export function fakeTimersOnACleanPage(): void {
  beforeEach(() => {
    jest.useFakeTimers();
    window.sessionStorage.clear();
  });
  afterEach(() => {
    jest.useRealTimers();
    window.history.replaceState(null, '', '/');
  });
}
