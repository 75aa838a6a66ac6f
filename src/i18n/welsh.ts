import { cyGB } from './cy-GB';
import type { LanguagePack } from './load-catalogue';
import { schemaCy } from './schema-cy';

/** Welsh, as one chunk: the messages and the schema's words. */
export const WELSH: LanguagePack = { messages: cyGB, schemaText: schemaCy };
