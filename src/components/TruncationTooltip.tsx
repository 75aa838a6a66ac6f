import { Tooltip } from '@fluentui/react-components';
import { useRef, useState, type ReactElement, type RefObject } from 'react';

/** Marks the element whose text may be cut short (a clamped cell's content). */
export const CLAMPED = 'data-clamped';

function isCut(element: Element | null): boolean {
  return element !== null && (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1);
}

/**
 * The whole text of a cell whose content is cut short, on hover or keyboard focus, as Lists shows
 * it. Only when cut: a cell that shows everything has no tooltip. Screen readers already read the
 * whole text (clamping hides it from the eye only), hence "inaccessible".
 */
export function TruncationTooltip({ text, children }: { text: string; children(ref: RefObject<HTMLDivElement>): ReactElement }) {
  const trigger = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  return (
    <Tooltip
      content={text}
      relationship="inaccessible"
      visible={visible}
      onVisibleChange={(_, data) => setVisible(data.visible && text !== '' && isCut(trigger.current?.querySelector(`[${CLAMPED}]`) ?? null))}
    >
      {/* The child takes this ref; Tooltip merges its own with it. */}
      {children(trigger)}
    </Tooltip>
  );
}
