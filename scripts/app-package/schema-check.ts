import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import type { Manifest } from './fill-manifest';

/**
 * Microsoft's own JSON schema for the manifest's version, from the copy bundled in
 * @microsoft/app-manifest, so validation never touches the network. We compile it with ajv
 * (draft-04, as the Teams schemas are) rather than calling the package's validator, whose module
 * graph pulls in an ESM-only dependency that jest cannot load.
 */
function bundledSchemaPath(manifestVersion: string): string {
  const packageDir = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return path.join(packageDir, 'build', 'json-schemas', 'teams', `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
}

function isUri(value: string): boolean {
  try {
    return Boolean(new URL(value));
  } catch {
    return false;
  }
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || '(root)';
  const params = error.params as Record<string, unknown>;
  const detail =
    error.keyword === 'additionalProperties'
      ? ` ("${String(params.additionalProperty)}")`
      : error.keyword === 'enum'
        ? ` (${JSON.stringify(params.allowedValues)})`
        : '';
  return `schema: ${where} ${error.message ?? 'is not valid'}${detail}`;
}

const compiled = new Map<string, ValidateFunction>();

function validatorFor(schemaFile: string): ValidateFunction {
  const known = compiled.get(schemaFile);
  if (known) return known;
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as object;
  // Microsoft's schemas use keywords ajv does not know; the settings match Microsoft's validator.
  const ajv = new AjvDraft04({ allErrors: true, strict: false, formats: { uri: isUri } });
  const validate = ajv.compile(schema);
  compiled.set(schemaFile, validate);
  return validate;
}

/** Problems the official schema finds, one line each, e.g. "schema: /id must match pattern …". */
export function checkAgainstSchema(manifest: Manifest): string[] {
  const version = manifest.manifestVersion;
  if (typeof version !== 'string' || !/^1\.\d+$/.test(version)) {
    return ['schema: manifestVersion must be a version string such as "1.27".'];
  }
  const schemaFile = bundledSchemaPath(version);
  if (!existsSync(schemaFile)) {
    return [`schema: no bundled schema for manifest version ${version} in @microsoft/app-manifest.`];
  }
  const validate = validatorFor(schemaFile);
  return validate(manifest) ? [] : (validate.errors ?? []).map(describe);
}
