import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, useEffect, type ReactNode } from 'react';
import { ProblemWords } from '../components/ProblemWords';
import { useMessages } from '../i18n';
import { useHost, type HostFailure } from '../teams';

/**
 * How the app tells its host (Teams, Outlook, the Microsoft 365 app) that the first view is on
 * screen, or that it cannot start. The manifest asks for `showLoadingIndicator`, so the host
 * covers the tab until one of these arrives and shows its own error after 30 seconds. ConfiguredApp
 * renders exactly one of them beside whatever it settles on: a surface (once its code has loaded
 * and it has rendered, skeleton included), the signed-out page, or an error. The host's actions
 * answer only the first call, so a later view changes nothing.
 */
export function ShownToHost() {
  const { actions } = useHost();
  useEffect(() => actions.notifyReady(), [actions]);
  return null;
}

export function FailedToHost({ reason, kind = 'other' }: { reason: string; kind?: HostFailure }) {
  const { actions } = useHost();
  useEffect(() => actions.notifyFailure(reason, kind), [actions, reason, kind]);
  return null;
}

function Crashed({ message }: { message: string }) {
  const t = useMessages();
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{t('app.cannotStart')}</MessageBarTitle>
        {/* A render's error is the code's own English: under a sentence the reader can read. */}
        <ProblemWords text={{ sentence: t('app.crashed'), details: [], english: message }} />
      </MessageBarBody>
    </MessageBar>
  );
}

/** A surface that throws while rendering shows why, and the host hears the same reason. */
export class SurfaceErrorBoundary extends Component<{ children: ReactNode }, { message?: string }> {
  override state: { message?: string } = {};

  static getDerivedStateFromError(error: unknown): { message: string } {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    const { message } = this.state;
    if (message === undefined) return this.props.children;
    return (
      <>
        <Crashed message={message} />
        <FailedToHost reason={message} />
      </>
    );
  }
}
