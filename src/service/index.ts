/**
 * The plan service: the only component that talks to SharePoint in tenant mode. It verifies each
 * caller's Entra token, enforces the plan's roles on every read and write, and writes with the
 * app's own SharePoint access. Node only.
 */
export { PlanService, type ServiceStore, type Me } from './plan-service';
export { createPlanServiceHandler, API_BASE_PATH, type PlanServiceHandler } from './http-handler';
export { createTokenVerifier, entraTenants, type TokenVerifier, type TrustedTenant } from './identity/token-verifier';
export { type Principal, TokenRejected } from './identity/principal';
export { type ServiceAccess, peopleListsFromEnv, tenantIdsSetting, listSetting } from './config';
export { PrincipalStore } from './principal-store';
