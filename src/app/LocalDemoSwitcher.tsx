import {
  Badge,
  Button,
  Menu,
  MenuGroup,
  MenuGroupHeader,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { PersonSwapRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useMessages } from '../i18n';
import { useIdentity } from '../lib/store-context';
import { createAppStore, localToken } from './create-store';
import { LOCAL_DEMO_EMAILS } from './local-demo';
import { useLocalDemo, type LocalDemo } from './local-demo-context';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  // A pill keeps its words on one line, inside its border.
  badge: { whiteSpace: 'nowrap', flexShrink: 0 },
  who: { minWidth: 0, height: 'auto', textAlign: 'start' },
});

/** The stand-in's name for each sample email, read through the store's own `whoAmI`. */
async function readNames(demo: LocalDemo): Promise<Record<string, string>> {
  const entries = await Promise.all(
    LOCAL_DEMO_EMAILS.map(async (email) => {
      try {
        const me = await (await createAppStore(demo.config, localToken(email))).whoAmI();
        return [email, me.displayName || email] as const;
      } catch {
        return [email, email] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}

/** Local mode only: "Signed in as …", clearly marked as a local demo, to act as each sample user. */
export function LocalDemoSwitcher() {
  const t = useMessages();
  const styles = useStyles();
  const demo = useLocalDemo();
  const { me } = useIdentity();
  const [names, setNames] = useState<Record<string, string>>();
  if (!demo) return null;
  const emails = LOCAL_DEMO_EMAILS.includes(demo.email) ? LOCAL_DEMO_EMAILS : [demo.email, ...LOCAL_DEMO_EMAILS];
  return (
    <div className={styles.root}>
      <Badge appearance="tint" color="warning" className={styles.badge}>
        {t('demo.badge')}
      </Badge>
      <Menu
        checkedValues={{ user: [demo.email] }}
        onCheckedValueChange={(_, data) => data.checkedItems[0] && demo.choose(data.checkedItems[0])}
        onOpenChange={(_, data) => {
          if (data.open && !names) void readNames(demo).then(setNames);
        }}
      >
        <MenuTrigger disableButtonEnhancement>
          <Button appearance="subtle" icon={<PersonSwapRegular />} className={styles.who}>
            {t('demo.signedInAs', { name: me?.displayName || demo.email })}
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuGroup>
              <MenuGroupHeader>{t('demo.actAs')}</MenuGroupHeader>
              {emails.map((email) => (
                <MenuItemRadio key={email} name="user" value={email} secondaryContent={names?.[email] ? email : undefined}>
                  {names?.[email] ?? email}
                </MenuItemRadio>
              ))}
            </MenuGroup>
          </MenuList>
        </MenuPopover>
      </Menu>
    </div>
  );
}
