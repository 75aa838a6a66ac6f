import { Link } from '@fluentui/react-components';
import { isSafeLink } from '../plan';

/** A stored address as a link only when it is http(s) or mailto; anything else stays plain text. */
export function SafeLink({ href, children, title }: { href: string; children?: string; title?: string }) {
  if (!isSafeLink(href)) return <>{children ?? href}</>;
  const external = !href.startsWith('mailto:');
  return (
    <Link href={href} inline title={title} {...(external && { target: '_blank', rel: 'noopener noreferrer' })}>
      {children ?? href}
    </Link>
  );
}
