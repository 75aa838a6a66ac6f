import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { HostTheme } from '../teams';

/** Teams' three themes; every colour in the app comes from their tokens. */
export const THEMES: Readonly<Record<HostTheme, Theme>> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};
