import { Textarea } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

/**
 * A textarea that saves when focus leaves it (not on every key), and follows the stored value
 * while it is not being edited.
 */
export function CommitOnBlurTextarea({ value, label, onCommit }: { value: string; label: string; onCommit(text: string): void }) {
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);
  return (
    <Textarea
      aria-label={label}
      value={draft}
      resize="vertical"
      onFocus={() => setEditing(true)}
      onChange={(_, data) => setDraft(data.value)}
      onBlur={() => {
        setEditing(false);
        if (draft !== value) onCommit(draft);
      }}
    />
  );
}
