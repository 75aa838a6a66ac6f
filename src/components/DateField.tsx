import { Field, makeStyles } from '@fluentui/react-components';
import {
  renderDatePicker_unstable,
  useDatePickerStyles_unstable,
  useDatePicker_unstable,
  type CalendarStrings,
  type DatePickerProps,
} from '@fluentui/react-datepicker-compat';
import { forwardRef, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { isIsoDate } from '../plan';
import type { Translate } from '../i18n';
import { useFullMessages } from '../i18n/use-full-messages';
import { formatDateText, intlLocale, isoToLocalDate, localDateToIso, parseDateText } from './date-text';

const useStyles = makeStyles({
  // Read by screen readers, not shown: a grid cell's column header already says what the date is.
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

/** The example date every date message shows, in the app's language ("28/02/2027" in en-GB). */
const EXAMPLE = '2027-02-28';

export interface DateFieldProps {
  readonly label: string;
  /** 'YYYY-MM-DD', '' for none, or text that was refused (so a form holding it refuses to save). */
  readonly value: string;
  /**
   * Called when the person confirms (Enter, leaving the field, or a day picked in the calendar),
   * never per keystroke, and only when the value changed. `valid` is false for text that is not a
   * real date: `value` is then that text, which the schema refuses, and the field says why.
   */
  onChange(value: string, valid: boolean): void;
  readonly hint?: string;
  readonly required?: boolean;
  /** A message from outside (the schema's, after Save); the field's own "Enter a real date" wins. */
  readonly error?: string;
  readonly className?: string;
  readonly disabled?: boolean;
  /** Label and hint for screen readers only (a date edited in a grid cell); messages still show. */
  readonly compact?: boolean;
}

/**
 * A date typed and read in the app's language (dd/mm/yyyy in en-GB, whatever the browser's
 * locale), with Fluent's calendar beside it. What is not a real date (31/02/2027, 2O27) is kept on
 * screen with a message saying what to type instead, rather than quietly emptied.
 */
export function DateField({ label, value, onChange, hint, required, error, className, disabled, compact }: DateFieldProps) {
  const t = useFullMessages();
  const styles = useStyles();
  const locale = t.locale;
  const shown = (v: string) => (isIsoDate(v) ? formatDateText(v, locale) : v);
  const [text, setText] = useState(() => shown(value));
  const [refused, setRefused] = useState(() => value !== '' && !isIsoDate(value));
  // The value this field last reported: a different one arriving from outside (a reset, a change
  // by someone else) replaces the text; our own echo does not.
  const reported = useRef(value);
  useEffect(() => {
    if (value === reported.current) return;
    reported.current = value;
    setText(isIsoDate(value) ? formatDateText(value, locale) : value);
    setRefused(value !== '' && !isIsoDate(value));
  }, [value, locale]);

  const report = (next: string, valid: boolean) => {
    setRefused(!valid);
    if (next === reported.current) return;
    reported.current = next;
    onChange(next, valid);
  };

  const confirm = (typed: string) => {
    const trimmed = typed.trim();
    if (trimmed === '') {
      setText('');
      report('', true);
      return;
    }
    const iso = parseDateText(trimmed, locale);
    if (iso) {
      setText(formatDateText(iso, locale));
      report(iso, true);
    } else {
      report(trimmed, false);
    }
  };

  const example = formatDateText(EXAMPLE, locale);
  const strings = useCalendarStrings(t);
  const selected = isIsoDate(value) ? isoToLocalDate(value) : null;

  return (
    <Field
      className={className}
      label={{ children: label, className: compact ? styles.hidden : undefined }}
      hint={{ children: hint ?? t('date.hint', { example }), className: compact ? styles.hidden : undefined }}
      required={required}
      validationState={refused || error ? 'error' : 'none'}
      validationMessage={refused ? t('date.invalid', { example }) : error}
    >
      <TextKeepingDatePicker
        text={text}
        value={selected}
        // Fluent's Field marks an Input invalid, but not the DatePicker's; forms find the first
        // refused control by this attribute.
        aria-invalid={refused || Boolean(error)}
        disabled={disabled}
        allowTextInput
        // Typing is the quick way; the calendar opens from its button, Alt+Down or Enter.
        openOnClick={false}
        disableAutoFocus
        // Monday first, as calendars are printed in the UK.
        firstDayOfWeek={1 as NonNullable<DatePickerProps['firstDayOfWeek']>}
        strings={strings}
        placeholder={t('date.placeholder')}
        formatDate={(d) => (d ? formatDateText(localDateToIso(d), locale) : '')}
        parseDateFromString={(s) => {
          const iso = parseDateText(s, locale);
          return iso ? isoToLocalDate(iso) : null;
        }}
        popupSurface={{ 'aria-label': t('date.calendar') }}
        onChange={(_, data) => setText(data.value)}
        onBlur={() => confirm(text)}
        onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
          if (event.key === 'Enter') confirm(event.currentTarget.value);
        }}
        calendar={{
          onSelectDate: (date: Date) => {
            const iso = localDateToIso(date);
            setText(formatDateText(iso, locale));
            report(iso, true);
          },
        }}
      />
    </Field>
  );
}

/**
 * Fluent's DatePicker, except that the input shows our text: Fluent empties text it cannot parse,
 * which would lose what the person typed and hide why it was refused.
 */
const TextKeepingDatePicker = forwardRef<HTMLInputElement, DatePickerProps & { readonly text: string }>(function TextKeepingDatePicker(
  { text, ...props },
  ref,
) {
  const state = useDatePicker_unstable(props, ref);
  state.root.value = text;
  useDatePickerStyles_unstable(state);
  return renderDatePicker_unstable(state);
});

function useCalendarStrings(t: Translate): CalendarStrings {
  const locale = intlLocale(t.locale);
  return useMemo(() => {
    const month = (style: 'long' | 'short') =>
      Array.from({ length: 12 }, (_, i) => new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }).format(Date.UTC(2027, i, 1)));
    // 3 January 2027 is a Sunday: Fluent's day names start on Sunday whatever the first day shown.
    const day = (style: 'long' | 'short') =>
      Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2027, 0, 3 + i)));
    return {
      months: month('long'),
      shortMonths: month('short'),
      days: day('long'),
      shortDays: day('short').map((d) => d.slice(0, 2)),
      goToToday: t('date.goToToday'),
      prevMonthAriaLabel: t('date.prevMonth'),
      nextMonthAriaLabel: t('date.nextMonth'),
      prevYearAriaLabel: t('date.prevYear'),
      nextYearAriaLabel: t('date.nextYear'),
      prevYearRangeAriaLabel: t('date.prevYearRange'),
      nextYearRangeAriaLabel: t('date.nextYearRange'),
      closeButtonAriaLabel: t('date.close'),
      // Fluent fills "{0}" itself.
      selectedDateFormatString: t('date.selected', { date: '{0}' }),
      todayDateFormatString: t('date.today', { date: '{0}' }),
      monthPickerHeaderAriaLabel: t('date.monthHeader', { month: '{0}' }),
      yearPickerHeaderAriaLabel: t('date.yearHeader', { year: '{0}' }),
      weekNumberFormatString: t('date.weekNumber', { week: '{0}' }),
      dayMarkedAriaLabel: t('date.marked'),
    };
  }, [t, locale]);
}
