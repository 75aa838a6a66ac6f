import { useCallback, useState } from 'react';
import type { FormValues } from '../../components/form-values';
import { typingActivity, usePresenceSender } from '../../lib/live';

/**
 * Half-written records, kept per meeting, per agenda item and per kind in this tab's session
 * storage: this person's own (the tab is theirs), so moving to another item, the other person
 * pressing Next or a reload never wipes what they were writing. Sent or discarded, it goes.
 */
const PREFIX = 'lapp-draft';

function draftKey(meetingKey: string, itemId: string, kind: string): string {
  return `${PREFIX}:${meetingKey}:${itemId}:${kind}`;
}

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

function isBlank(values: FormValues): boolean {
  return Object.values(values).every((v) => v === '' || v === false);
}

function read(key: string): FormValues | undefined {
  const text = storage()?.getItem(key);
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as FormValues) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether this person has something half-written on the item. */
export function hasDraftOn(meetingKey: string, itemId: string): boolean {
  const store = storage();
  if (!store) return false;
  const prefix = `${PREFIX}:${meetingKey}:${itemId}:`;
  for (let i = 0; i < store.length; i += 1) {
    const key = store.key(i);
    if (key?.startsWith(prefix)) return true;
  }
  return false;
}

/**
 * A record form's values, kept as a draft until `clear` (sent) or put back to `blank`
 * (discarded). `blank` is what the form starts from for this item.
 */
export function useDraft(meetingKey: string, itemId: string, kind: string, blank: FormValues): [FormValues, (values: FormValues) => void, () => void] {
  const key = draftKey(meetingKey, itemId, kind);
  const [shown, setShown] = useState(() => ({ key, values: read(key) ?? blank }));
  // The form is reused as the item changes: show that item's own draft.
  const current = shown.key === key ? shown : { key, values: read(key) ?? blank };
  if (current !== shown) setShown(current);
  const blankText = JSON.stringify(blank);
  // The others see "Ava is typing a decision" while this person writes one.
  const presence = usePresenceSender();
  const update = useCallback(
    (values: FormValues) => {
      setShown({ key, values });
      if (JSON.stringify(values) === blankText || isBlank(values)) storage()?.removeItem(key);
      else storage()?.setItem(key, JSON.stringify(values));
      const typing = typingActivity(kind);
      if (typing) presence?.typing(itemId, typing);
    },
    [key, blankText, presence, itemId, kind],
  );
  const clear = useCallback(() => {
    storage()?.removeItem(key);
    setShown({ key, values: JSON.parse(blankText) as FormValues });
    presence?.onItem(itemId);
  }, [key, blankText, presence, itemId]);
  return [current.values, update, clear];
}
