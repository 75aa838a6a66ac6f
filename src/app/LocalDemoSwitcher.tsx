import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
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
import type { Translate } from '../i18n';
import { useFullMessages } from '../i18n/use-full-messages';
import { useIdentity } from '../lib/store-context';
import { createAppStore, localToken } from './create-store';
import { LOCAL_DEMO_EMAILS } from './local-demo';
import { useLocalDemo, type LocalDemo } from './local-demo-context';
import { describeSamplePerson, type SamplePerson } from './local-demo-people';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  // A pill keeps its words on one line, inside its border.
  badge: { whiteSpace: 'nowrap', flexShrink: 0 },
  who: { minWidth: 0, height: 'auto', textAlign: 'start' },
});

/** Each sample person's name, role and councils, read through the store as that person. */
async function readPeople(demo: LocalDemo): Promise<Record<string, SamplePerson>> {
  const entries = await Promise.all(
    LOCAL_DEMO_EMAILS.map(async (email) => {
      try {
        const store = await createAppStore(demo.config, localToken(email));
        const [me, plans] = await Promise.all([store.whoAmI(), store.listPlans()]);
        return [[email, describeSamplePerson(email, me.displayName || email, plans)] as const];
      } catch {
        // Someone the stand-in cannot sign in is offered by email alone.
        return [];
      }
    }),
  );
  return Object.fromEntries(entries.flat());
}

/** "Assistant census liaison manager, Kestrel Vale District Council" or "Census engagement manager, 3 councils". */
function roleAndCouncil(person: SamplePerson, t: Translate): string | undefined {
  if (!person.role) return undefined;
  const where = person.role === 'manager' ? t('demo.allCouncils') : person.councils.length === 1 ? person.councils[0]! : t.plural('demo.councils', person.councils.length);
  return t('demo.person', { role: t(`role.${person.role}`), where });
}

/** Local mode only: "Signed in as …", clearly marked as a local demo, to act as each sample user. */
export function LocalDemoSwitcher() {
  const t = useFullMessages();
  const styles = useStyles();
  const demo = useLocalDemo();
  const { me } = useIdentity();
  const [people, setPeople] = useState<Record<string, SamplePerson>>();
  const [confirming, setConfirming] = useState<{ email: string; unsent: number }>();
  if (!demo) return null;
  const actingAs = people?.[demo.email]?.name ?? me?.displayName ?? demo.email;
  // Changes not yet sent are never left behind silently: say so before switching.
  const choose = (email: string) => {
    const unsent = demo.unsentChanges();
    if (unsent > 0 && email !== demo.email) setConfirming({ email, unsent });
    else demo.choose(email);
  };
  const emails = LOCAL_DEMO_EMAILS.includes(demo.email) ? LOCAL_DEMO_EMAILS : [demo.email, ...LOCAL_DEMO_EMAILS];
  return (
    <div className={styles.root}>
      <Badge appearance="tint" color="warning" className={styles.badge}>
        {t('demo.badge')}
      </Badge>
      <Menu
        checkedValues={{ user: [demo.email] }}
        onCheckedValueChange={(_, data) => data.checkedItems[0] && choose(data.checkedItems[0])}
        onOpenChange={(_, data) => {
          if (data.open && !people) void readPeople(demo).then(setPeople);
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
              {emails.map((email) => {
                const person = people?.[email];
                const about = person && roleAndCouncil(person, t);
                return (
                  <MenuItemRadio key={email} name="user" value={email} title={email} secondaryContent={about ?? (person ? email : undefined)}>
                    {person?.name ?? email}
                  </MenuItemRadio>
                );
              })}
            </MenuGroup>
          </MenuList>
        </MenuPopover>
      </Menu>
      <Dialog open={confirming !== undefined} onOpenChange={(_, data) => !data.open && setConfirming(undefined)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('demo.unsent.title')}</DialogTitle>
            <DialogContent>{confirming && t.plural('demo.unsent.body', confirming.unsent, { name: actingAs })}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => setConfirming(undefined)}>
                {t('demo.unsent.stay', { name: actingAs })}
              </Button>
              <Button
                onClick={() => {
                  if (confirming) demo.choose(confirming.email);
                  setConfirming(undefined);
                }}
              >
                {t('demo.unsent.switch')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
