/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { PeopleDirectoryProvider, type PeopleSearch } from '../../../src/components/people-directory';
import { PersonField } from '../../../src/components/PersonField';
import { personOption, type PersonOption } from '../../../src/lib/plan-people';

jest.setTimeout(60_000);

const PLAN_PEOPLE: readonly PersonOption[] = [personOption('Priya Natarajan <priya.natarajan@kestrelvale.example>')];
const UNAVAILABLE = 'The directory can’t be searched here, so only this plan’s people are offered.';

function Owner({ search }: { search: PeopleSearch }) {
  const [value, setValue] = useState('');
  return (
    <FluentProvider theme={teamsLightTheme}>
      <PeopleDirectoryProvider search={search}>
        <PersonField label="Owner" value={value} people={PLAN_PEOPLE} onChange={setValue} />
      </PeopleDirectoryProvider>
    </FluentProvider>
  );
}

describe('the people picker when the directory cannot be searched', () => {
  it('says only the plan’s people are offered, and still offers them', async () => {
    const user = userEvent.setup();
    const search = jest.fn<ReturnType<PeopleSearch>, Parameters<PeopleSearch>>().mockRejectedValue(new Error('The directory cannot be searched until an administrator grants the app User.Read.All.'));
    render(<Owner search={search} />);
    const box = screen.getByRole('combobox', { name: 'Owner' });
    expect(screen.queryByText(UNAVAILABLE, { exact: false })).not.toBeInTheDocument();
    await user.click(box);
    await user.paste('pri');
    await waitFor(() => expect(search).toHaveBeenCalledWith('pri'));
    await waitFor(() => expect(screen.getByText(UNAVAILABLE, { exact: false })).toBeInTheDocument());
    // The message describes the box, so a screen reader hears it with the field.
    const described = (box.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described.join(' ')).toContain(UNAVAILABLE);
    expect(screen.getByRole('option', { name: /Priya Natarajan/ })).toBeInTheDocument();
  });

  it('says nothing of the kind while the directory answers', async () => {
    const user = userEvent.setup();
    const search = jest.fn<ReturnType<PeopleSearch>, Parameters<PeopleSearch>>().mockResolvedValue([personOption('Morgan Reyes <morgan.reyes@census.example>')]);
    render(<Owner search={search} />);
    await user.click(screen.getByRole('combobox', { name: 'Owner' }));
    await user.paste('mor');
    expect(await screen.findByRole('option', { name: /Morgan Reyes/ })).toBeInTheDocument();
    expect(screen.queryByText(UNAVAILABLE, { exact: false })).not.toBeInTheDocument();
  });
});
