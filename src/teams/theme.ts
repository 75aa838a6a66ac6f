import type { HostTheme } from './host-context';

/** Teams' theme names ("default", "dark", "contrast") and our `?theme=` values to one of ours. */
export function themeFromName(name: string | null | undefined): HostTheme | undefined {
  switch ((name ?? '').toLowerCase()) {
    case 'default':
    case 'light':
      return 'light';
    case 'dark':
      return 'dark';
    case 'contrast':
    case 'high-contrast':
      return 'contrast';
    default:
      return undefined;
  }
}
