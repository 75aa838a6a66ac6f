import { Paragraph } from 'docx';
import { previewImport, type ImportPreview } from '../../src/documents/import';
import { heading, table, wordFile } from './word-tables';

/** A small LAPP as Word writes it: merged cells, cells with several paragraphs, tick boxes. */
async function wordLapp(): Promise<Uint8Array> {
  return wordFile([
    heading('Key Contacts'),
    table([
      ['Name', 'Email', 'Number', 'Organisation', 'Role'],
      ['Mira Stone', 'mira.stone@example.org', '01632 960 777', 'Fen Trust', 'Chair'],
    ]),
    new Paragraph(''),
    heading('Community Priorities Checklist'),
    table([
      ['', 'Engagement', 'Boat dwellers', 'Older people'],
      [{ text: 'Media', merge: 'restart' }, 'Local radio', 'High', 'Medium'],
      [{ text: '', merge: 'continue' }, 'Newspaper', 'Low', ''],
    ]),
    new Paragraph(''),
    heading('Support Online Census completions'),
    table([
      ['Census Support Centre', 'Date shared with LA', 'Notes'],
      [
        { lines: ['Fen Library', 'Marsh Community Hub', 'Old School Rooms'] },
        { lines: ['21/01/2031', '22/01/2031', '23/01/2031'] },
        { lines: ['Acknowledged', 'Acknowledged', 'Acknowledged'] },
      ],
    ]),
    new Paragraph(''),
    table([
      ['Support checklist:', 'Announce', 'Address', 'Act Now', 'Next steps/actions'],
      ['Has the local authority:', '', '', '', ''],
      ['Promoted the census on your website?', '☒', '☐', '☐', 'Page ready'],
    ]),
  ]);
}

let preview: ImportPreview;
beforeAll(async () => {
  preview = await previewImport({ bytes: await wordLapp(), fileName: 'lapp.docx', planId: 'fen' });
});

const rowsOf = (id: string) => preview.sections.find((s) => s.id === id)?.rows.map((r) => r.values) ?? [];

describe('importing a Word LAPP', () => {
  it('reads its tables row by row', () => {
    expect(preview.format).toBe('docx');
    expect(rowsOf('keyContacts')).toEqual([
      { ContactName: 'Mira Stone', Email: 'mira.stone@example.org', Phone: '01632 960 777', Organisation: 'Fen Trust', ContactRole: 'Chair' },
    ]);
  });

  it('gives a vertically merged cell’s text to every row it spans', () => {
    expect(rowsOf('communityPriorities')).toEqual([
      { ChannelGroup: 'Media', Channel: 'Local radio', Community: 'Boat dwellers', Priority: 'High' },
      { ChannelGroup: 'Media', Channel: 'Local radio', Community: 'Older people', Priority: 'Medium' },
      { ChannelGroup: 'Media', Channel: 'Newspaper', Community: 'Boat dwellers', Priority: 'Low' },
    ]);
  });

  it('splits a row whose cells hold one paragraph per entry', () => {
    expect(rowsOf('supportCentres')).toEqual([
      { Centre: 'Fen Library', SharedOn: '2031-01-21', Notes: 'Acknowledged', SharedOnText: null },
      { Centre: 'Marsh Community Hub', SharedOn: '2031-01-22', Notes: 'Acknowledged', SharedOnText: null },
      { Centre: 'Old School Rooms', SharedOn: '2031-01-23', Notes: 'Acknowledged', SharedOnText: null },
    ]);
  });

  it('reads Word’s tick boxes', () => {
    expect(rowsOf('supportChecklist')).toEqual([
      { Item: 'Promoted the census on your website?', Announce: true, Address: false, ActNow: false, NextSteps: 'Page ready' },
    ]);
  });
});
