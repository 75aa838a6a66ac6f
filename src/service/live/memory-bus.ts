import { BACKLOG_PER_PLAN, eventId, keptAfter, type BusEvent, type BusListener, type LiveEvent, type PlanBus, type PublishOptions } from './bus';

interface Backlog {
  last: number;
  readonly events: BusEvent[];
}

/**
 * The bus inside one process: enough for `npm start` and a single instance. Its epoch is new with
 * every process, so after a restart an old id is unknown and the reader reads the plan again
 * rather than miss anything.
 */
export class MemoryBus implements PlanBus {
  private readonly listeners = new Map<string, Set<BusListener>>();
  private readonly backlogs = new Map<string, Backlog>();
  private readonly epoch = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

  constructor(private readonly backlogSize = BACKLOG_PER_PLAN) {}

  async publish(planId: string, event: LiveEvent, options: PublishOptions = {}): Promise<string | undefined> {
    let sent: BusEvent = { type: event.type, data: event.data };
    if (options.durable) {
      const backlog = this.backlogOf(planId);
      backlog.last += 1;
      sent = { ...sent, id: eventId(this.epoch, backlog.last) };
      backlog.events.push(sent);
      if (backlog.events.length > this.backlogSize) backlog.events.splice(0, backlog.events.length - this.backlogSize);
    }
    for (const listener of [...(this.listeners.get(planId) ?? [])]) listener(sent);
    return sent.id;
  }

  async subscribe(planId: string, listener: BusListener): Promise<() => Promise<void>> {
    const set = this.listeners.get(planId) ?? new Set<BusListener>();
    set.add(listener);
    this.listeners.set(planId, set);
    return async () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(planId);
    };
  }

  async since(planId: string, afterId: string): Promise<readonly BusEvent[] | undefined> {
    const backlog = this.backlogOf(planId);
    return keptAfter(this.epoch, backlog.events, backlog.last, afterId);
  }

  async recent(planId: string): Promise<{ readonly events: readonly BusEvent[]; readonly complete: boolean }> {
    const backlog = this.backlogOf(planId);
    return { events: [...backlog.events], complete: backlog.events.length === backlog.last };
  }

  async head(planId: string): Promise<string> {
    return eventId(this.epoch, this.backlogOf(planId).last);
  }

  async lease(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }

  private backlogOf(planId: string): Backlog {
    let backlog = this.backlogs.get(planId);
    if (!backlog) {
      backlog = { last: 0, events: [] };
      this.backlogs.set(planId, backlog);
    }
    return backlog;
  }
}
