import type { ManagerView } from '../views';
import { listPath, type SharePointRest } from './sharepoint-rest';

/** The titles of the views a list has (SharePoint refuses a second view of the same title). */
export async function readViewTitles(sp: SharePointRest, listTitle: string): Promise<ReadonlySet<string>> {
  const views = await sp.get<{ results: readonly { Title: string }[] }>(`${listPath(listTitle)}/views?$select=Title`);
  return new Set(views.results.map((v) => v.Title));
}

/** Adds a view with SP.ViewCreationInformation: its columns, CAML query and page size; never the default view. */
export async function addListView(sp: SharePointRest, listTitle: string, view: ManagerView): Promise<void> {
  await sp.post(`${listPath(listTitle)}/views/add`, {
    parameters: {
      __metadata: { type: 'SP.ViewCreationInformation' },
      Title: view.title,
      ViewFields: { __metadata: { type: 'Collection(Edm.String)' }, results: [...view.fields] },
      Query: view.query.xml,
      RowLimit: view.rowLimit,
      Paged: true,
      PersonalView: false,
      SetAsDefaultView: false,
    },
  });
}
