import { useEffect, useState } from 'react';

/**
 * Keeps what a dialog shows while it closes. Fluent's modal dialogs must be closed through their
 * `open` prop: one removed while open leaves the rest of the page aria-hidden (and a dialog opened
 * right after it hidden too). So the last value stays rendered, with `open` false, until replaced.
 */
export function useClosingValue<T>(value: T | undefined): { shown: T | undefined; open: boolean } {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (value !== undefined) setShown(value);
  }, [value]);
  return { shown: value ?? shown, open: value !== undefined };
}
