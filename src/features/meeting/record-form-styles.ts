import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The shared layout of the side panel's small recording forms: one column, the button under the
 * fields, and controls that may shrink (a select is otherwise as wide as its longest option, and
 * the side panel is 320 px).
 */
export const useRecordFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  submit: { alignSelf: 'flex-start' },
  control: { minWidth: 0 },
});
