import type { NotificationKind } from './kinds';

/** Who has turned which kind of nudge off. Deny nothing by default: every kind is on until turned off. */
export interface NotificationPreferences {
  isOff(email: string, kind: NotificationKind): Promise<boolean>;
  setOff(email: string, kind: NotificationKind, off: boolean): Promise<void>;
  offKinds(email: string): Promise<readonly NotificationKind[]>;
  /** Replaces everything the person has turned off. */
  setOffKinds(email: string, kinds: readonly NotificationKind[]): Promise<void>;
}

/** Preferences held in the service's memory (one instance; a shared store replaces it at scale). */
export class MemoryPreferences implements NotificationPreferences {
  private readonly off = new Map<string, Set<NotificationKind>>();

  async isOff(email: string, kind: NotificationKind): Promise<boolean> {
    return this.off.get(email.toLowerCase())?.has(kind) ?? false;
  }

  async setOff(email: string, kind: NotificationKind, off: boolean): Promise<void> {
    const who = email.toLowerCase();
    const kinds = this.off.get(who) ?? new Set<NotificationKind>();
    if (off) kinds.add(kind);
    else kinds.delete(kind);
    this.off.set(who, kinds);
  }

  async offKinds(email: string): Promise<readonly NotificationKind[]> {
    return [...(this.off.get(email.toLowerCase()) ?? [])];
  }

  async setOffKinds(email: string, kinds: readonly NotificationKind[]): Promise<void> {
    this.off.set(email.toLowerCase(), new Set(kinds));
  }
}
