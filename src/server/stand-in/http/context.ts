import type { StandInDb } from '../db/database';
import type { FaultController } from '../faults';
import type { Authenticate, Caller } from '../identity';
import type { ResourceMeter } from '../metering';
import type { SiteDates } from '../site-dates';
import type { ActivityFeed } from '../resources/activity-feed';
import type { Reply } from './reply';

/** One request as the stand-in's routes see it (an HTTP request or one request of a `$batch`). */
export interface StandInRequest {
  readonly method: string;
  /** The path below the Graph root, e.g. "/sites/root/lists". */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The parsed JSON body, if any. */
  readonly body: unknown;
  readonly rawBody: Buffer;
  readonly caller: Caller;
  /** e.g. "http://127.0.0.1:53000" */
  readonly origin: string;
  /** e.g. "http://127.0.0.1:53000/graph/v1.0" */
  readonly graphBaseUrl: string;
  /** The site's time zone, which decides how date-only values are kept. */
  readonly siteDates: SiteDates;
}

export interface StandInServices {
  readonly db: StandInDb;
  readonly faults: FaultController;
  readonly meter: ResourceMeter;
  readonly siteDates: SiteDates;
  /** How SharePoint answers a unique-value clash: 409 (Graph, as observed) or 500 SPDuplicateValuesFoundException (SharePoint REST). */
  readonly duplicateStatus: 409 | 500;
  /** Who is calling, from the request's bearer token (401 without a valid one). */
  readonly authenticate: Authenticate;
  /** Teams activity-feed notifications sent through Graph (local mode's feed). */
  readonly activity?: ActivityFeed;
}

export type RouteParams = Readonly<Record<string, string>>;
export type RouteHandler = (req: StandInRequest, params: RouteParams, services: StandInServices) => Reply;
