import { fieldEquals, odataString, queryString, relativeLink } from '../../../src/storage/graph/odata';

describe('OData string literals', () => {
  it("doubles a single quote, so O'Brien stays one literal", () => {
    expect(odataString("O'Brien")).toBe("'O''Brien'");
    expect(fieldEquals('ClientKey', "O'Brien")).toBe("fields/ClientKey eq 'O''Brien'");
  });

  it('leaves a percent-encoded quote as the characters it is', () => {
    expect(odataString('%27')).toBe("'%27'");
  });

  it('closes an attempt to break out of the literal', () => {
    expect(fieldEquals('PlanId', "x' or fields/PlanId ne 'y")).toBe("fields/PlanId eq 'x'' or fields/PlanId ne ''y'");
  });
});

describe('query strings', () => {
  it('percent-encodes each value so "%27" reaches Graph as written, not as a quote', () => {
    const query = queryString({ $filter: fieldEquals('ClientKey', '%27') });
    expect(query).toBe('?$filter=fields%2FClientKey%20eq%20\'%2527\'');
    expect(new URLSearchParams(query).get('$filter')).toBe("fields/ClientKey eq '%27'");
  });

  it("keeps & and # inside a value from splitting the query", () => {
    const query = queryString({ $filter: fieldEquals('ClientKey', "a&b#c O'Brien"), $top: 5 });
    const params = new URLSearchParams(query);
    expect(params.get('$filter')).toBe("fields/ClientKey eq 'a&b#c O''Brien'");
    expect(params.get('$top')).toBe('5');
  });

  it('leaves out parameters without a value', () => {
    expect(queryString({ token: undefined })).toBe('');
  });
});

describe('links Graph hands back', () => {
  it('become paths under the Graph root, whatever host the server named', () => {
    expect(relativeLink('https://graph.microsoft.com/v1.0', 'https://graph.microsoft.com/v1.0/sites/s/lists/l/items?$skiptoken=Paged%3DTRUE')).toBe(
      '/sites/s/lists/l/items?$skiptoken=Paged%3DTRUE',
    );
    expect(relativeLink('http://127.0.0.1:53000/graph/v1.0', 'http://localhost:53000/graph/v1.0/sites/s/lists/l/items/delta?token=9')).toBe(
      '/sites/s/lists/l/items/delta?token=9',
    );
  });

  it('refuses a link outside the Graph root', () => {
    expect(() => relativeLink('https://graph.microsoft.com/v1.0', 'https://graph.microsoft.com/beta/sites/s')).toThrow(/outside/);
  });
});
