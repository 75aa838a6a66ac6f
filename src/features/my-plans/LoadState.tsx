import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { ErrorWords } from '../../components/ProblemWords';
import { useMessages } from '../../i18n';

/** While a personal view loads, a spinner; if it cannot, what went wrong under `failedTitle`. */
export function LoadState({ state, failedTitle }: { state: { readonly status: string; readonly error?: unknown }; failedTitle: string }) {
  const t = useMessages();
  if (state.status === 'loading') return <Spinner label={t('app.loading')} />;
  if (state.status !== 'failed') return null;
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{failedTitle}</MessageBarTitle>
        <ErrorWords error={state.error} />
      </MessageBarBody>
    </MessageBar>
  );
}
