import { VisuallyHidden } from './VisuallyHidden';

/** Announces a short outcome ("Link copied") to screen readers without showing it. */
export function Announcement({ text }: { text: string | undefined }) {
  return (
    <VisuallyHidden>
      <span role="status">{text ?? ''}</span>
    </VisuallyHidden>
  );
}
