import { GRAPH_BASE_PATH, startStandIn, type RunningStandIn } from '../../src/server/stand-in';
import { createServiceStore, type ServiceStore } from '../../src/storage/service-client';
import { newFaultCounts, type FaultCounts } from './fault-counter';
import { listenPlanService, type PlanServiceServer } from './plan-service-server';
import { openSharePointLink, type SharePointLink } from './sharepoint-link';

/**
 * What `npm start` runs, taken apart so the plan service can be restarted on its own: the
 * stand-in (SharePoint, with the app's site grant) and the plan service in front of it, with
 * local-issuer tokens checked. Each service instance reaches SharePoint over its own link, so
 * stopping an instance tears down its requests to SharePoint as a crash would; the next
 * instance starts on the same port over the same stand-in data, with nothing carried over.
 */
export interface ServiceUnderTest {
  readonly standIn: RunningStandIn;
  /** The service's API root, the same across restarts. */
  readonly apiBase: string;
  /** What the stand-in injected, as the service instances' links saw it. */
  readonly sharePointFaults: FaultCounts;
  /** A store over the service for the person, as the browser has one (token from their own tenant). */
  storeFor(email: string, fetchImpl?: typeof fetch): ServiceStore;
  /** Stops the instance (its connections, from the browser and to SharePoint, cut), waits `downMs`, starts a new one. */
  restart(downMs: number): Promise<RestartReport>;
  close(): Promise<void>;
}

export interface RestartReport {
  /** Requests from the browser the dead instance was answering. */
  readonly browserRequestsCut: number;
  /** Its requests to SharePoint torn down, committed or not. */
  readonly sharePointRequestsCut: number;
}

interface Instance extends PlanServiceServer {
  readonly link: SharePointLink;
}

async function startInstance(standIn: RunningStandIn, port: number, faults: FaultCounts): Promise<Instance> {
  const link = await openSharePointLink(standIn.url, faults);
  return { ...(await listenPlanService(standIn.entra, `${link.url}${GRAPH_BASE_PATH}`, standIn.siteId, port)), link };
}

async function stopInstance(instance: Instance): Promise<RestartReport> {
  const browserRequestsCut = instance.inFlight();
  const closed = new Promise<void>((resolve) => instance.server.close(() => resolve()));
  instance.server.closeAllConnections();
  await instance.link.cut();
  await instance.setup.live.close();
  await closed;
  return { browserRequestsCut, sharePointRequestsCut: instance.link.cutInFlight };
}

export async function startServiceUnderTest(): Promise<ServiceUnderTest> {
  // Chaos brings its own throttling (faultRate); a resource-unit budget on top would only slow the run.
  const standIn = await startStandIn({ dbPath: ':memory:', resourceUnitsPerMinute: Number.POSITIVE_INFINITY, appGrant: 'manage' });
  const sharePointFaults = newFaultCounts();
  let instance = await startInstance(standIn, 0, sharePointFaults);
  const { apiBase } = instance;
  const port = Number(new URL(apiBase).port);
  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (email: string) => {
    if (!tokens.has(email)) tokens.set(email, standIn.entra.tokenFor(email));
    return tokens.get(email)!;
  };
  return {
    standIn,
    apiBase,
    sharePointFaults,
    storeFor: (email, fetchImpl) => createServiceStore({ baseUrl: apiBase, getToken: () => tokenFor(email), ...(fetchImpl && { fetchImpl }) }),
    restart: async (downMs) => {
      const report = await stopInstance(instance);
      await new Promise((resolve) => setTimeout(resolve, downMs));
      instance = await startInstance(standIn, port, sharePointFaults);
      return report;
    },
    close: async () => {
      await stopInstance(instance);
      await standIn.close();
    },
  };
}
