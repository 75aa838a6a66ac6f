/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { FieldValueText } from '../../../src/components/FieldValueText';
import { PriorityBadge } from '../../../src/components/PriorityBadge';
import { fieldValueString } from '../../../src/components/field-value-string';
import { sectionById, type FieldDef } from '../../../src/plan';
import { CATALOGUES } from '../../../src/i18n/catalogues';
import { createTranslate, MessagesProvider } from '../../../src/i18n';
import { schemaCy } from '../../../src/i18n/schema-cy';

/**
 * What a Welsh reader sees in a cell, a badge or a search match is Welsh: the priority of a
 * strand (a schema choice) and the month of a date, not the stored English.
 */
function inWelsh(node: ReactNode) {
  localStorage.clear();
  return render(
    <FluentProvider theme={webLightTheme}>
      <MessagesProvider locale="cy-GB">{node}</MessagesProvider>
    </FluentProvider>,
  );
}

const due: FieldDef = sectionById('actions').fields.find((f) => f.name === 'DueDate')!;

describe('Welsh words in cells and badges', () => {
  it('names a strand’s priority in Welsh', async () => {
    inWelsh(<PriorityBadge priority="High" />);
    expect(await screen.findByText(schemaCy.High!)).toBeInTheDocument();
    expect(screen.queryByText('High')).not.toBeInTheDocument();
  });

  it('writes a date’s month in Welsh, in a cell and in the words search reads', async () => {
    inWelsh(<FieldValueText field={due} value="2026-12-04" />);
    expect(await screen.findByText('4 Rhag 2026')).toBeInTheDocument();
    expect(screen.queryByText('4 Dec 2026')).not.toBeInTheDocument();
    const t = createTranslate(CATALOGUES['cy-GB'], 'cy-GB', schemaCy);
    expect(fieldValueString(due, '2026-12-04', t)).toBe('4 Rhag 2026');
  });

  it('keeps the British English date for English readers', async () => {
    localStorage.clear();
    render(
      <FluentProvider theme={webLightTheme}>
        <MessagesProvider locale="en-GB">
          <FieldValueText field={due} value="2026-12-04" />
        </MessagesProvider>
      </FluentProvider>,
    );
    expect(await screen.findByText('4 Dec 2026')).toBeInTheDocument();
  });
});
