/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { FieldControl } from '../../../src/components/FieldControl';
import { sectionById, type FieldDef } from '../../../src/plan';
import { MessagesProvider } from '../../../src/i18n';
import { schemaCy } from '../../../src/i18n/schema-cy';

/** The actions' Due (a date picker), Owner (a people picker) and a concern's meeting (a meeting list). */
function fieldOf(section: Parameters<typeof sectionById>[0], name: string): FieldDef {
  const found = sectionById(section).fields.find((f) => f.name === name);
  if (!found) throw new Error(`${section} has no field ${name}`);
  return found;
}
const PICKERS: ReadonlyArray<readonly [string, FieldDef]> = [
  ['date', fieldOf('actions', 'DueDate')],
  ['person', fieldOf('actions', 'Owner')],
  ['meeting', fieldOf('concernsRaised', 'RaisedInMeeting')],
];

describe('a form field with its own picker', () => {
  it.each(PICKERS)('labels the %s picker in the reader’s language', async (_kind, field) => {
    localStorage.clear();
    render(
      <FluentProvider theme={webLightTheme}>
        <MessagesProvider locale="cy-GB">
          <FieldControl field={field} value="" onChange={() => undefined} />
        </MessagesProvider>
      </FluentProvider>,
    );
    const welsh = schemaCy[field.label];
    expect(welsh).toBeDefined();
    expect(welsh).not.toBe(field.label);
    expect(await screen.findByText(welsh!)).toBeInTheDocument();
    expect(screen.queryByText(field.label)).not.toBeInTheDocument();
  });
});
