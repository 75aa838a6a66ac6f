import { FluentProvider, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { MessagesProvider } from '../i18n';
import { useLinkFocusRing } from '../components/link-focus-ring';
import { HostProvider, useHost } from '../teams';
import { ConfiguredApp } from './ConfiguredApp';
import { THEMES } from './themes';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  boot: { display: 'grid', placeItems: 'center', minHeight: '100vh' },
});

/** Theme and language follow the host (Teams, or the browser outside it). */
function HostedApp() {
  const host = useHost();
  const styles = useStyles();
  useLinkFocusRing();
  return (
    // The page's own background goes on a div: FluentProvider would copy its className to every
    // portal (menus, tooltips), each of which would then cover the page.
    <FluentProvider theme={THEMES[host.theme]}>
      <div className={styles.root}>
        <MessagesProvider locale={host.locale} person={host.user?.id}>
          <ConfiguredApp />
        </MessagesProvider>
      </div>
    </FluentProvider>
  );
}

function Booting() {
  const styles = useStyles();
  // Before the host answers there is no theme or language yet; this shows for a moment at most.
  return (
    <FluentProvider theme={THEMES.light}>
      <div className={mergeClasses(styles.root, styles.boot)}>
        <Spinner />
      </div>
    </FluentProvider>
  );
}

export function App() {
  return (
    <HostProvider fallback={<Booting />}>
      <HostedApp />
    </HostProvider>
  );
}
