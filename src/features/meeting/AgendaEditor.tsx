import { Button, Field, Input, MessageBar, MessageBarBody, Text, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowDownRegular, ArrowUndoRegular, ArrowUpRegular, CalendarArrowRightRegular, DeleteRegular } from '@fluentui/react-icons';
import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import type { AgendaItem } from '../../agenda';
import { Announcement } from '../../components/Announcement';
import { useAgendaText } from '../../i18n/use-agenda-text';
import { useFullMessages } from '../../i18n/use-full-messages';
import { AgendaItemMeta } from './AgendaItemMeta';
import { SectionHeading } from './SectionHeading';
import type { AgendaEditor as Editor } from './use-agenda-editor';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  text: { flexGrow: 1, flexBasis: '200px', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  reason: { color: tokens.colorNeutralForeground2 },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalXS },
  add: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalM },
  title: { flexGrow: 1, flexBasis: '200px' },
  minutes: { width: '96px' },
  later: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalL },
});

type Control = 'up' | 'down' | 'drop' | 'later' | 'back';

/**
 * The agenda before it is agreed: every item with why it is there, moved with up and down
 * buttons (keyboard first: focus stays on the item that moved), dropped, or added by hand.
 */
export function AgendaEditor({ editor }: { editor: Editor }) {
  const t = useFullMessages();
  const say = useAgendaText();
  const styles = useStyles();
  const items = editor.agenda.items;
  const later = editor.agenda.later ?? [];
  const target = editor.agenda.targetMinutes;
  const controls = useRef(new Map<string, HTMLElement | null>());
  const focusNext = useRef<string>();
  const [announcement, setAnnouncement] = useState<string>();
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState('5');
  const titleInput = useRef<HTMLInputElement>(null);

  useLayoutEffect(() => {
    const wanted = focusNext.current;
    focusNext.current = undefined;
    if (wanted) (controls.current.get(wanted) ?? titleInput.current)?.focus();
  }, [items, later]);

  const move = (item: AgendaItem, from: number, to: number) => {
    if (!editor.edit({ type: 'move', itemId: item.id, toIndex: to })) return;
    const atEnd = to === 0 || to === items.length - 1;
    const control: Control = atEnd ? (to === 0 ? 'down' : 'up') : to < from ? 'up' : 'down';
    focusNext.current = `${item.id}:${control}`;
    setAnnouncement(t('meeting.agenda.moved', { title: say(item.title), position: to + 1, count: items.length }));
  };

  const drop = (item: AgendaItem, index: number) => {
    if (!editor.edit({ type: 'drop', itemId: item.id })) return;
    const neighbour = items[index + 1] ?? items[index - 1];
    focusNext.current = neighbour ? `${neighbour.id}:drop` : 'add';
    setAnnouncement(t('meeting.agenda.dropped', { title: say(item.title) }));
  };

  const putOff = (item: AgendaItem) => {
    if (!editor.edit({ type: 'later', itemId: item.id })) return;
    focusNext.current = `${item.id}:back`;
    setAnnouncement(t('meeting.agenda.putOffDone', { title: say(item.title) }));
  };

  const bringBack = (item: AgendaItem) => {
    if (!editor.edit({ type: 'bring-back', itemId: item.id })) return;
    focusNext.current = `${item.id}:later`;
    setAnnouncement(t('meeting.agenda.broughtBack', { title: say(item.title) }));
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    const parsed = Number(minutes);
    if (!editor.edit({ type: 'add', title, minutes: minutes.trim() === '' ? undefined : parsed })) return;
    setAnnouncement(t('meeting.agenda.added', { title: title.trim() }));
    setTitle('');
  };

  const button = (item: AgendaItem, control: Control, label: string, icon: JSX.Element, onClick: () => void, disabled = false) => (
    <Tooltip content={label} relationship="label">
      <Button
        ref={(element) => void controls.current.set(`${item.id}:${control}`, element)}
        appearance="subtle"
        icon={icon}
        disabled={disabled}
        onClick={onClick}
      />
    </Tooltip>
  );

  return (
    <div>
      <ol className={styles.list} aria-label={t('meeting.agenda.listLabel')}>
        {items.map((item, index) => (
          <li key={item.id} className={styles.item}>
            <div className={styles.text}>
              <Text weight="semibold">{say(item.title)}</Text>
              <Text size={200} className={styles.reason}>
                {say(item.reason)}
              </Text>
              <AgendaItemMeta item={item} />
            </div>
            <div className={styles.buttons}>
              {button(item, 'up', t('meeting.agenda.moveUp', { title: say(item.title) }), <ArrowUpRegular />, () => move(item, index, index - 1), index === 0)}
              {button(item, 'down', t('meeting.agenda.moveDown', { title: say(item.title) }), <ArrowDownRegular />, () => move(item, index, index + 1), index === items.length - 1)}
              {button(item, 'later', t('meeting.agenda.putOff', { title: say(item.title) }), <CalendarArrowRightRegular />, () => putOff(item))}
              {button(item, 'drop', t('meeting.agenda.drop', { title: say(item.title) }), <DeleteRegular />, () => drop(item, index))}
            </div>
          </li>
        ))}
      </ol>
      {items.length === 0 && <Text>{t('meeting.agenda.empty')}</Text>}
      {later.length > 0 && (
        <section className={styles.later} aria-labelledby="agenda-later">
          <SectionHeading id="agenda-later" level={3}>
            {t('meeting.agenda.later')}
          </SectionHeading>
          {target !== undefined && <Text>{t('meeting.agenda.laterIntro', { target })}</Text>}
          <ul className={styles.list}>
            {later.map((item) => (
              <li key={item.id} className={styles.item}>
                <div className={styles.text}>
                  <Text weight="semibold">{say(item.title)}</Text>
                  <Text size={200} className={styles.reason}>
                    {[target !== undefined ? t('meeting.agenda.laterReason', { target }) : '', say(item.reason)].filter(Boolean).join(' ')}
                  </Text>
                  <AgendaItemMeta item={item} />
                </div>
                <div className={styles.buttons}>{button(item, 'back', t('meeting.agenda.bringBack', { title: say(item.title) }), <ArrowUndoRegular />, () => bringBack(item))}</div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <form className={styles.add} onSubmit={add} noValidate aria-label={t('meeting.agenda.addLabel')}>
        <Field label={t('meeting.agenda.newItem')} className={styles.title}>
          <Input ref={titleInput} value={title} onChange={(_, data) => setTitle(data.value)} />
        </Field>
        <Field label={t('meeting.agenda.newItemMinutes')} className={styles.minutes}>
          <Input type="number" min={0} max={240} value={minutes} onChange={(_, data) => setMinutes(data.value)} />
        </Field>
        <Button type="submit" icon={<AddRegular />}>
          {t('meeting.agenda.add')}
        </Button>
      </form>
      {editor.error && (
        <MessageBar intent="error">
          <MessageBarBody>{editor.error}</MessageBarBody>
        </MessageBar>
      )}
      <Announcement text={announcement} />
    </div>
  );
}
