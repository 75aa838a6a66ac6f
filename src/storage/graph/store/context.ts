import type { GraphHttp } from '../graph-http';
import type { BatchSender } from '../requests/batch';
import type { ListDirectory } from './list-directory';

/** What every store operation works with: the client, the batcher and where the lists are. */
export interface StoreContext {
  readonly http: GraphHttp;
  readonly batch: BatchSender;
  /** The Graph root the links Graph returns are made relative to. */
  readonly baseUrl: string;
  readonly directory: ListDirectory;
  /** `$top` of item reads: large, so a plan's section is one page. */
  readonly pageSize: number;
}
