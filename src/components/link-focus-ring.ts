import { makeStaticStyles, tokens } from '@fluentui/react-components';

/**
 * A ring around every link that has keyboard focus. Fluent's Link marks it only by doubling its
 * underline, easy to miss on a link already underlined (a person in a grid cell, a link in text);
 * issue 16 asks for a clear ring, as buttons and grid cells have. The class is doubled to outrank
 * Link's own `outline-style: none`; both of Fluent's focus markers are covered (`:focus-visible`
 * and Tabster's `data-fui-focus-visible`, which the grid's arrow keys set).
 */
export const useLinkFocusRing = makeStaticStyles({
  '.fui-Link.fui-Link:focus-visible, .fui-Link.fui-Link[data-fui-focus-visible]': {
    outlineStyle: 'solid',
    outlineWidth: tokens.strokeWidthThick,
    outlineColor: tokens.colorStrokeFocus2,
    // Inside the link's own box: a grid cell clamps its text (overflow hidden), which would cut
    // off a ring drawn outside it.
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    borderRadius: tokens.borderRadiusSmall,
  },
});
