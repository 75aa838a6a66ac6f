/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextDecoder, TextEncoder } from 'node:util';
import { DocumentsPage } from '../../src/features/documents';
import { MessagesProvider } from '../../src/i18n';
import { cyGB } from '../../src/i18n/cy-GB';
import type { DocumentLibrary } from '../../src/storage/document-library';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { PLAN_ID, samplePlan } from './sample-plan';

// jsdom lacks these browser APIs: text decoding (the import uses it) and ResizeObserver (Fluent's message bars do).
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(globalThis, { TextDecoder, TextEncoder, ResizeObserver: NoResizeObserver });

const LAPP_TEXT = [
  'Key Contacts',
  '',
  'Name\tEmail\tNumber\tOrganisation\tRole',
  'Ivy Brook\tivy.brook@example.org\t01632 960 333\tFen Trust\tChair',
  'Joe Marsh\tnot an email\t\tFen Trust\tVolunteer',
  '',
  'To add another row right click on the last row of the table above and select \u2019add another row\u2019',
].join('\n');

/** A LAPP whose front page names another council and a QA date that cannot be read. */
const DETAILS_TEXT = ['Name of LA:\tHarrow Fen District', 'CEM Record Date sent to ONS Quality Assurance Team:\tsoon', '', LAPP_TEXT].join('\n');

function renderPage(store: MemoryPlanStore, onImported = jest.fn(), library?: DocumentLibrary) {
  render(
    <FluentProvider theme={webLightTheme}>
      <DocumentsPage store={store} {...(library && { library })} plan={samplePlan()} onImported={onImported} location="https://fen.example/sites/census" />
    </FluentProvider>,
  );
  return onImported;
}

describe('the documents page', () => {
  it('previews an uploaded LAPP, then imports its rows with progress', async () => {
    const user = userEvent.setup();
    const store = new MemoryPlanStore();
    const onImported = renderPage(store);
    await user.upload(screen.getByLabelText('LAPP file'), new File([LAPP_TEXT], 'lapp.txt', { type: 'text/plain' }));
    expect(await screen.findByText('1 row to add in 1 section; 0 rows already in the plan.')).toBeInTheDocument();
    expect(screen.getByText('Not imported, needs a look: 1 line.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Key contacts: 1 to add, 1 not placed' }));
    expect(screen.getByText(/Email must be an email address/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import 1 row' }));
    expect(await screen.findByText('Imported 1 row. Already in the plan: 0 rows.')).toBeInTheDocument();
    expect(store.planRows(PLAN_ID).map((r) => r.values.ContactName)).toEqual(['Ivy Brook']);
    expect(onImported).toHaveBeenCalledTimes(1);
  });

  it('shows how far the import has got while it saves', async () => {
    const user = userEvent.setup();
    const store = new MemoryPlanStore();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const save = store.createRow.bind(store);
    store.createRow = async (input) => {
      await gate;
      return save(input);
    };
    renderPage(store);
    await user.upload(screen.getByLabelText('LAPP file'), new File([LAPP_TEXT], 'lapp.txt', { type: 'text/plain' }));
    await user.click(await screen.findByRole('button', { name: 'Import 1 row' }));
    expect(await screen.findByRole('progressbar', { name: 'Saving rows: 0 of 1' })).toBeInTheDocument();
    release();
    expect(await screen.findByText('Imported 1 row. Already in the plan: 0 rows.')).toBeInTheDocument();
  });

  it('refuses a bad file with its reason and writes nothing', async () => {
    const user = userEvent.setup();
    const store = new MemoryPlanStore();
    renderPage(store);
    await user.upload(screen.getByLabelText('LAPP file'), new File([''], 'empty.txt', { type: 'text/plain' }));
    expect(await screen.findByText('"empty.txt" is empty. Choose the LAPP file again.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
    expect(store.creates).toHaveLength(0);
  });

  it('downloads the LAPP as a Word document', async () => {
    const user = userEvent.setup();
    const created: Blob[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (created.push(blob), 'blob:lapp'), revokeObjectURL: () => undefined });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderPage(new MemoryPlanStore());
    await user.click(screen.getByRole('button', { name: 'Download The LAPP (Word)' }));
    expect(await screen.findByText(/harrow-fen-lapp-\d{4}-\d{2}-\d{2}\.docx downloaded\./)).toBeInTheDocument();
    expect(click).toHaveBeenCalled();
    expect(created[0]?.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('saves a progress note into the plan site’s document library', async () => {
    const user = userEvent.setup();
    const library = { uploadDocument: jest.fn(async (filePath: string) => ({ id: '1', name: filePath, webUrl: 'https://fen.example/docs/note.docx' })) };
    renderPage(new MemoryPlanStore(), jest.fn(), library);
    await user.click(screen.getByRole('button', { name: 'Save Progress note for a committee to the plan’s site' }));
    expect(await screen.findByText(/progress-note-.*\.docx saved to the plan’s document library\./)).toBeInTheDocument();
    expect(library.uploadDocument).toHaveBeenCalledWith(
      expect.stringMatching(/^harrow-fen\/harrow-fen-progress-note-.*\.docx$/),
      expect.any(Uint8Array),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(screen.getByRole('link', { name: 'Open it' })).toHaveAttribute('href', 'https://fen.example/docs/note.docx');
  });

  it('offers no saving when the site has no document library', () => {
    renderPage(new MemoryPlanStore());
    expect(screen.queryByRole('button', { name: /to the plan’s site/ })).not.toBeInTheDocument();
  });
});

/** The page for a Welsh reader (each test a different person, so no remembered choice carries over). */
function renderInWelsh(person: string) {
  render(
    <FluentProvider theme={webLightTheme}>
      <MessagesProvider locale="cy-GB" person={person}>
        <DocumentsPage store={new MemoryPlanStore()} plan={samplePlan()} location="https://fen.example/sites/census" />
      </MessagesProvider>
    </FluentProvider>,
  );
}

describe('the documents page in Welsh', () => {
  it('speaks Welsh and exports in Welsh unless the reader chooses English or both', async () => {
    const user = userEvent.setup();
    renderInWelsh('welsh-reader');
    expect(await screen.findByRole('heading', { name: cyGB['documents.export.title'] })).toBeInTheDocument();
    expect(screen.getByText(cyGB['documents.import.intro'])).toBeInTheDocument();
    const languages = screen.getByRole('radiogroup', { name: cyGB['documents.export.language'] });
    expect(languages).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Cymraeg' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: cyGB['documents.export.language.bilingual'] }));
    expect(screen.getByRole('radio', { name: cyGB['documents.export.language.bilingual'] })).toBeChecked();
    expect(screen.getByPlaceholderText(cyGB['document.note.defaultCommittee'])).toBeInTheDocument();
  });

  it('previews an import in Welsh: the reasons, places and refusals too', async () => {
    const user = userEvent.setup();
    renderInWelsh('welsh-importer');
    const file = await screen.findByLabelText(cyGB['documents.import.file']);
    await user.upload(file, new File([''], 'gwag.txt', { type: 'text/plain' }));
    expect(await screen.findByText('Mae "gwag.txt" yn wag. Dewiswch ffeil y CPALl eto.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: cyGB['documents.import.again'] }));
    await user.upload(screen.getByLabelText(cyGB['documents.import.file']), new File([LAPP_TEXT], 'cpall.txt', { type: 'text/plain' }));
    await user.click(await screen.findByRole('button', { name: /^Cysylltiadau allweddol:/ }));
    const refused = screen.getByText(/Heb ei fewnforio: Rhaid i E-bost fod yn gyfeiriad e-bost/);
    expect(refused.closest('tr')).toHaveTextContent(/^llinell 5/);
    expect(document.body).not.toHaveTextContent(/Not imported|must be an email|line 5/);
  });

  it('shows the plan’s own details in Welsh: what is kept, and what could not be read', async () => {
    const user = userEvent.setup();
    renderInWelsh('welsh-details');
    await user.upload(await screen.findByLabelText(cyGB['documents.import.file']), new File([DETAILS_TEXT], 'cpall.txt', { type: 'text/plain' }));
    await user.click(await screen.findByRole('button', { name: 'Manylion y cynllun ei hun: 0 i’w llenwi, 1 heb eu darllen' }));
    const council = screen.getByRole('row', { name: /^Cyngor Harrow Fen District/ });
    expect(council).toHaveTextContent('Mae’r cynllun eisoes yn dweud “Harrow Fen Council”; mae’n cael ei gadw.');
    expect(screen.getByText(/Atebion SA wedi’u hanfon at SYG: nid oedd modd darllen "soon" \(llinell 2\)\./)).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/already says|could not be read|line 2/);
  });
});
