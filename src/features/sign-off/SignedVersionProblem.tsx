import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useFullMessages } from '../../i18n/use-full-messages';
import type { SignedVersionError } from '../../plan/signed-version';

/** Why the signed version cannot be shown, in the reader's language. */
export function SignedVersionProblem({ error }: { error: SignedVersionError | undefined }) {
  const t = useFullMessages();
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        {error?.reason === 'incomplete'
          ? t('signOff.version.incomplete', { found: String(error.found), expected: String(error.expected) })
          : error?.reason === 'format'
            ? t('signOff.version.format')
            : t('signOff.version.missing')}
      </MessageBarBody>
    </MessageBar>
  );
}
