/** Who the service trusts for what, besides what each plan names. */
export interface ServiceAccess {
  /** The tenant that holds the site (the census office). */
  readonly siteTenantId: string;
  /** Managers read every plan: by email (allow-list) or Entra group id (`groups` claim). */
  readonly managers: PeopleList;
  /** Site owners run the admin operations (lists, columns, views, versioning, library). */
  readonly siteOwners: PeopleList;
}

export interface PeopleList {
  readonly emails: readonly string[];
  readonly groups: readonly string[];
}

/** "a@x, b@y" → ["a@x", "b@y"], lower-case. */
export function listSetting(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[,;\s]+/)
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Tenant ids from a setting, each checked, so a typo stops the server with the setting's name. */
export function tenantIdsSetting(name: string, value: string | undefined): string[] {
  const ids = listSetting(value);
  const bad = ids.find((id) => !GUID.test(id));
  if (bad) throw new Error(`${name} must list tenant ids (GUIDs); "${bad}" is not one.`);
  return ids;
}

/** Managers and site owners from LAPP_MANAGERS / LAPP_MANAGER_GROUPS / LAPP_SITE_OWNERS / LAPP_SITE_OWNER_GROUPS. */
export function peopleListsFromEnv(env: NodeJS.ProcessEnv): Pick<ServiceAccess, 'managers' | 'siteOwners'> {
  return {
    managers: { emails: listSetting(env.LAPP_MANAGERS), groups: listSetting(env.LAPP_MANAGER_GROUPS) },
    siteOwners: { emails: listSetting(env.LAPP_SITE_OWNERS), groups: listSetting(env.LAPP_SITE_OWNER_GROUPS) },
  };
}
