/** @jest-environment jsdom */
import { pickSurface } from '../../../src/app/surfaces';
import { matchRoute, pathFor } from '../../../src/lib/routes';

describe('in-app routes', () => {
  it('round-trips a deep link to a row of a section', () => {
    const path = pathFor('section', { planId: 'kestrel-vale', sectionId: 'keyContacts' }, { row: 'contact 1' });
    expect(path).toBe('/plan/kestrel-vale/section/keyContacts?row=contact+1');
    expect(matchRoute(path)).toEqual({ name: 'section', params: { planId: 'kestrel-vale', sectionId: 'keyContacts' }, query: { row: 'contact 1' } });
  });

  it('tells the sign-off page from a signed version', () => {
    expect(matchRoute('/plan/x/sign-off')?.name).toBe('signOff');
    expect(matchRoute('/plan/x/sign-off/signed-2031-01-10-aclm')).toMatchObject({ name: 'signedVersion', params: { snapshotKey: 'signed-2031-01-10-aclm' } });
  });

  it('matches nothing for a path that is not a route', () => {
    expect(matchRoute('/plans')).toBeUndefined();
    expect(matchRoute('/plan//section/x')).toBeUndefined();
  });
});

describe('choosing the surface', () => {
  const browser = { inTeams: false, frame: 'browser' } as const;

  it('takes ?surface= first', () => {
    expect(pickSurface('?surface=config', browser).id).toBe('config');
    expect(pickSurface('?surface=personal&plan=x', browser).id).toBe('personal');
  });

  it("follows Teams' frame context when the URL names no surface", () => {
    expect(pickSurface('', { inTeams: true, frame: 'settings' }).id).toBe('config');
    expect(pickSurface('?plan=x', { inTeams: true, frame: 'content' }).id).toBe('tab');
  });

  it('opens the plan tab when a plan is named, and my plans otherwise', () => {
    expect(pickSurface('?plan=kestrel-vale', browser).id).toBe('tab');
    expect(pickSurface('', browser).id).toBe('personal');
  });
});
