import { ConfidentialClientApplication, ManagedIdentityApplication } from '@azure/msal-node';
import fs from 'node:fs';

/** How the plan service proves it is the app to Graph (server only; never bundled into the tab). */
export type AppCredential =
  | { readonly kind: 'certificate'; readonly clientId: string; readonly tenantId: string; readonly thumbprintSha256: string; readonly privateKeyPem: string }
  | { readonly kind: 'managedIdentity'; readonly clientId?: string };

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
const GRAPH_RESOURCE = 'https://graph.microsoft.com';

/**
 * App-only Graph tokens for the plan service: client credentials with a certificate (no secret
 * to leak), or the host's managed identity. MSAL caches the token and renews it before expiry.
 */
export function appTokenProvider(credential: AppCredential): () => Promise<string> {
  if (credential.kind === 'managedIdentity') {
    const app = new ManagedIdentityApplication(credential.clientId ? { managedIdentityIdParams: { userAssignedClientId: credential.clientId } } : {});
    return async () => (await app.acquireToken({ resource: GRAPH_RESOURCE })).accessToken;
  }
  const app = new ConfidentialClientApplication({
    auth: {
      clientId: credential.clientId,
      authority: `https://login.microsoftonline.com/${credential.tenantId}`,
      clientCertificate: { thumbprintSha256: credential.thumbprintSha256, privateKey: credential.privateKeyPem },
    },
  });
  return async () => {
    const result = await app.acquireTokenByClientCredential({ scopes: [GRAPH_SCOPE] });
    if (!result?.accessToken) throw new Error('Entra ID gave the plan service no token for Microsoft Graph.');
    return result.accessToken;
  };
}

/** The credential from LAPP_CERT_PATH + LAPP_CERT_THUMBPRINT, or LAPP_MANAGED_IDENTITY. */
export function appCredentialFromEnv(env: NodeJS.ProcessEnv, clientId: string, tenantId: string): AppCredential {
  if (env.LAPP_MANAGED_IDENTITY) {
    return { kind: 'managedIdentity', ...(env.LAPP_MANAGED_IDENTITY === 'system' ? {} : { clientId: env.LAPP_MANAGED_IDENTITY }) };
  }
  if (!env.LAPP_CERT_PATH || !env.LAPP_CERT_THUMBPRINT) {
    throw new Error('The plan service needs its own identity for SharePoint: set LAPP_CERT_PATH and LAPP_CERT_THUMBPRINT, or LAPP_MANAGED_IDENTITY.');
  }
  let privateKeyPem: string;
  try {
    privateKeyPem = fs.readFileSync(env.LAPP_CERT_PATH, 'utf8');
  } catch {
    throw new Error(`LAPP_CERT_PATH: cannot read the certificate's private key at "${env.LAPP_CERT_PATH}".`);
  }
  return { kind: 'certificate', clientId, tenantId, thumbprintSha256: env.LAPP_CERT_THUMBPRINT, privateKeyPem };
}
