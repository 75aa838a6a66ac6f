/**
 * A signed Word LAPP started as a new plan through the plan service, as `lapp import --new-plan`
 * does in tenant mode: the service starts plans without signatures, so the paper signatures must
 * arrive afterwards as the CEM's record of them, not be lost with the whole plan.
 */
import { HeadingLevel, Paragraph } from 'docx';
import { commitImport, previewNewPlanImport } from '../../src/documents/import';
import { SAMPLE_CEM } from '../../src/server/stand-in/sample-users';
import { openServiceSite, type ServiceSite } from '../support/service-site';
import { heading, table, wordFile } from './word-tables';

async function signedLapp(): Promise<Uint8Array> {
  return wordFile([
    new Paragraph({ text: 'LOCAL AUTHORITY PARTNERSHIP PLAN (LAPP)', heading: HeadingLevel.TITLE }),
    new Paragraph('Our plan for Census 2031.'),
    table([
      ['ACLM Digital Signature', 'CLM Digital Signature', 'Date:'],
      ['Rhian Hafod', 'Owain Tŷ-gwyn', '3rd Dec 2030'],
    ]),
    // Two tables with nothing between them are one table to Word.
    new Paragraph(''),
    table([['Name of LA:', 'Cyngor Dyffryn Hafren']]),
    heading('Key Contacts'),
    table([
      ['Name', 'Email', 'Number', 'Organisation', 'Role'],
      ['Rhian Hafod', 'rhian.hafod@hafren.example', '01632 960 201', 'Cyngor Dyffryn Hafren', 'ACLM'],
    ]),
  ]);
}

let site: ServiceSite;
beforeAll(async () => {
  site = await openServiceSite();
});
afterAll(() => site.close());

describe('a signed Word LAPP started as a new plan through the service', () => {
  it('starts the plan, then records both signatures as given on paper', async () => {
    const store = site.storeAs(SAMPLE_CEM.email);
    const { summary, preview } = await previewNewPlanImport({ bytes: await signedLapp(), fileName: 'hafren.docx', store });
    expect(summary.council).toBe('Cyngor Dyffryn Hafren');

    const result = await commitImport(store, preview);
    expect(result.failed).toEqual([]);
    expect(result.refused).toBeUndefined();
    const header = (await store.loadPlan(preview.planId)).header.values;
    expect(header).toMatchObject({
      AclmSignedBy: 'Rhian Hafod',
      AclmSignedOn: '2030-12-03',
      AclmSignedOnPaper: true,
      ClmSignedBy: 'Owain Tŷ-gwyn',
      ClmSignedOn: '2030-12-03',
      ClmSignedOnPaper: true,
    });
  });
});
