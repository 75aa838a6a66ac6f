/** The parts of Graph's JSON the adapter reads. Everything is optional: never trust a shape. */

export interface GraphListItem {
  readonly id: string;
  readonly '@odata.etag'?: string;
  readonly eTag?: string;
  readonly createdDateTime?: string;
  readonly lastModifiedDateTime?: string;
  readonly lastModifiedBy?: { readonly user?: { readonly displayName?: string } };
  /** A fieldValueSet: the row's columns by internal name, plus SharePoint's own. */
  readonly fields?: GraphFields;
  /** Present on delta entries for removed items. */
  readonly deleted?: { readonly state?: string };
}

export type GraphFields = Readonly<Record<string, unknown>>;

export interface GraphCollection<T> {
  readonly value?: readonly T[];
  readonly '@odata.nextLink'?: string;
  readonly '@odata.deltaLink'?: string;
}

export interface GraphErrorBody {
  readonly error?: { readonly code?: string; readonly message?: string };
}

export interface GraphList {
  readonly id: string;
  readonly displayName: string;
}

export interface GraphColumn {
  readonly name: string;
}

export interface GraphUser {
  readonly id: string;
  readonly displayName?: string | null;
  readonly mail?: string | null;
  readonly userPrincipalName?: string | null;
}

export interface GraphDriveItem {
  readonly id: string;
  readonly name?: string;
  readonly webUrl?: string;
  readonly size?: number;
}
