import { Link } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** A real link to an in-app route (so it can be opened in a new tab or copied), styled as Fluent. */
export function RouteLink({ to, className, children }: { to: string; className?: string; children: ReactNode }) {
  return (
    <Link href={`#${to}`} className={className}>
      {children}
    </Link>
  );
}
