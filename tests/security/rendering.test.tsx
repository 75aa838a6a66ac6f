/** @jest-environment ./tests/security/support/jsdom-with-fetch.ts */
import { sampleSiteContent } from '../../src/server/sample-site/sample-site';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import { FieldValueText } from '../../src/components/FieldValueText';
import { SafeLink } from '../../src/components/SafeLink';
import { RowDetailsDialog } from '../../src/features/sections/RowDetailsDialog';
import { sectionsOnPage } from '../../src/lib/plan-pages';
import { pathFor } from '../../src/lib/routes';
import { PAGES, ROW_SECTIONS, field, sectionById } from '../../src/plan';
import { startStandIn } from '../../src/server/stand-in';
import { SAMPLE_COUNCILS } from '../../src/server/stand-in/sample-users';
import { createGraphStore } from '../../src/storage/graph';
import { MemoryPlanStore } from '../support/memory-plan-store';
import { PEOPLE, renderTab, sectionRoute } from '../ui/support/render-tab';
import { hostileLabel, hostilePlan, hostileRow, scriptRisks } from './support/hostile-plan';
import { HOSTILE_TEXT } from './support/hostile-values';
import { postRawRow } from './support/raw-graph';
import { renderTabOver } from './support/render-over-store';

function inFluent(node: React.ReactNode) {
  return render(<FluentProvider theme={teamsLightTheme}>{node}</FluentProvider>);
}

describe('a stored value shown as text', () => {
  it.each(HOSTILE_TEXT.map((v) => [v] as const))('shows %j literally, as text, in every kind of field', (payload) => {
    const kinds = [field.text('T', 'T'), field.note('N', 'N'), field.person('P', 'P'), field.url('U', 'U'), field.email('E', 'E'), field.phone('F', 'F')];
    const { container } = inFluent(kinds.map((f) => <p key={f.name} data-kind={f.kind}><FieldValueText field={f} value={payload} /></p>));
    expect(scriptRisks(container)).toEqual([]);
    for (const f of kinds) expect(container.querySelector(`[data-kind="${f.kind}"]`)?.textContent).toBe(payload);
  });

  it('makes a link only of http, https and mailto addresses', () => {
    const { container } = inFluent(
      ['https://www.kestrelvale.example/census', 'http://kestrelvale.example', 'mailto:jo@kestrelvale.example', 'javascript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:msgbox(1)', '//evil.example'].map((href) => (
        <p key={href}><SafeLink href={href} /></p>
      )),
    );
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://www.kestrelvale.example/census',
      'http://kestrelvale.example',
      'mailto:jo@kestrelvale.example',
    ]);
    expect(container.textContent).toContain('java\tscript:alert(1)');
    expect(scriptRisks(container)).toEqual([]);
  });
});

describe('a whole row of markup, read in its details', () => {
  it.each(ROW_SECTIONS.map((s, i) => [s.title, s, i] as const))('shows every field of %s as text, with no script and no unsafe link', (_title, section, i) => {
    inFluent(<RowDetailsDialog section={section} row={hostileRow(section, i)} title="Row" open onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog');
    expect(scriptRisks(document.body)).toEqual([]);
    const label = hostileLabel(section, i);
    if (label) expect(within(dialog).getAllByText(label).length).toBeGreaterThan(0);
  });
});

describe('every page of a plan whose every text field holds markup', () => {
  const COUNCIL = '<img src=x onerror=alert(1)>';

  it.each([
    ['the plan home', '/plan/kestrel-vale'],
    ['the plan details', sectionRoute('plan')],
    ['sign-off', '/plan/kestrel-vale/sign-off'],
  ])('shows %s with nothing that runs', async (_name, route) => {
    renderTab(new MemoryPlanStore(hostilePlan(), PEOPLE.cem), route);
    await screen.findAllByRole('heading', { level: 1 });
    if (route === '/plan/kestrel-vale') expect(screen.getAllByText(COUNCIL).length).toBeGreaterThan(0);
    expect(scriptRisks(document.body)).toEqual([]);
  });

  it.each(PAGES.map((p) => [p.title, sectionsOnPage(p.id)] as const))('shows %s with the markup as text and nothing that runs', async (_title, sections) => {
    renderTab(new MemoryPlanStore(hostilePlan(), PEOPLE.cem), sectionRoute(sections[0]!.id));
    await screen.findAllByRole('heading', { level: 1 });
    const labels = new Set(sections.map((section) => hostileLabel(section, ROW_SECTIONS.findIndex((s) => s.id === section.id))));
    for (const label of labels) if (label) expect(screen.getAllByText(label).length).toBeGreaterThan(0);
    expect(scriptRisks(document.body)).toEqual([]);
  });
});

describe('markup written into SharePoint around the app', () => {
  it('comes back through the Graph adapter and shows as text, with no script and no unsafe link', async () => {
    const standIn = await startStandIn({ content: sampleSiteContent('2031-01-10') });
    try {
      const kestrel = SAMPLE_COUNCILS.kestrelVale;
      const posted = await postRawRow(standIn, sectionById('keyContacts'), kestrel.planId, 'around-the-app', {
        Title: 'x',
        ContactName: '<img src=x onerror=alert(1)>',
        Organisation: '<script>alert(1)</script>',
        Email: 'jo@kestrelvale.example" onmouseover="alert(1)',
      });
      expect(posted.status).toBe(201);
      renderTabOver(createGraphStore({ baseUrl: standIn.graphBaseUrl, siteId: standIn.siteId, getToken: () => standIn.tokenFor('ava.lindqvist@census.example') }), pathFor('section', { planId: kestrel.planId, sectionId: 'keyContacts' }));
      const grid = await screen.findByRole('grid', { name: 'Key contacts' });
      expect(within(grid).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
      expect(within(grid).getByText('<script>alert(1)</script>')).toBeInTheDocument();
      expect(scriptRisks(document.body)).toEqual([]);
    } finally {
      await standIn.close();
    }
  });
});
