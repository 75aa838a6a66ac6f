import { startTestStandIn, type TestStandIn } from './stand-in-client';

let s: TestStandIn;
beforeAll(async () => {
  s = await startTestStandIn();
});
afterAll(() => s.close());

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const fileUrl = (path: string) => `${s.graphBaseUrl}/sites/${s.siteId}/drive/root:/${path}`;
const upload = (path: string, bytes: Buffer) => fetch(`${fileUrl(path)}:/content`, { method: 'PUT', headers: { 'Content-Type': DOCX, ...s.auth }, body: new Uint8Array(bytes) });

describe('drive: saving Word exports', () => {
  it('creates a file with 201 and answers a driveItem', async () => {
    const res = await upload('LAPP exports/Kestrel Vale plan.docx', Buffer.from('first version'));
    expect(res.status).toBe(201);
    const item = (await res.json()) as Record<string, any>;
    expect(item).toMatchObject({ name: 'Kestrel Vale plan.docx', size: 13, file: { mimeType: DOCX } });
    expect(item.id).toMatch(/^01[0-9A-F]+$/);
    expect(item.webUrl).toContain('/Shared%20Documents/LAPP%20exports/');
  });

  it('replaces the file with 200 and serves the new content', async () => {
    const res = await upload('LAPP exports/Kestrel Vale plan.docx', Buffer.from('second version!'));
    expect(res.status).toBe(200);
    const meta = await fetch(fileUrl('LAPP exports/Kestrel Vale plan.docx'), { headers: s.auth });
    expect(((await meta.json()) as { size: number }).size).toBe(15);
    const content = await fetch(`${fileUrl('LAPP exports/Kestrel Vale plan.docx')}:/content`, { headers: s.auth });
    expect(content.headers.get('content-type')).toBe(DOCX);
    expect(await content.text()).toBe('second version!');
  });

  it('answers 404 for a file that is not there, and 400 for a name SharePoint refuses', async () => {
    expect((await fetch(fileUrl('missing.docx'), { headers: s.auth })).status).toBe(404);
    expect((await upload('bad%3Aname.docx', Buffer.from('x'))).status).toBe(400);
  });
});
