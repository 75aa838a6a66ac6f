import { Tooltip } from '@fluentui/react-components';
import { useRef, useState, type ReactElement, type RefObject } from 'react';

/** Marks the element whose text may be cut short (a clamped cell's content). */
export const CLAMPED = 'data-clamped';

/** The whole text of an element that is cut short, or undefined when all of it shows. */
function cutText(element: Element | null | undefined): string | undefined {
  if (!element || (element.scrollHeight <= element.clientHeight + 1 && element.scrollWidth <= element.clientWidth + 1)) return undefined;
  return element.textContent?.trim() || undefined;
}

/**
 * The whole text of a cell whose content is cut short, on hover or keyboard focus, as Lists shows
 * it; read from the cell itself, so it is exactly what the cell shows. A cell that shows
 * everything has no tooltip. Screen readers already read the whole text (clamping hides it from
 * the eye only), hence "inaccessible".
 */
export function TruncationTooltip({ enabled, children }: { enabled: boolean; children(ref: RefObject<HTMLDivElement>): ReactElement }) {
  const trigger = useRef<HTMLDivElement>(null);
  const [text, setText] = useState<string>();
  return (
    <Tooltip
      content={text ?? ''}
      relationship="inaccessible"
      visible={text !== undefined}
      onVisibleChange={(_, data) => setText(data.visible && enabled ? cutText(trigger.current?.querySelector(`[${CLAMPED}]`)) : undefined)}
    >
      {/* The child takes this ref; Tooltip merges its own with it. */}
      {children(trigger)}
    </Tooltip>
  );
}
