import { useMemo } from 'react';
import type { Translate } from './catalogue';
import { enGB } from './en-GB';
import type { LanguagePack } from './load-catalogue';
import { useMessagesSource } from './messages-context';
import { createTranslate } from './translate';

// One `t()` per pack, shared by every view that asks, so its identity is as stable as the language.
const fullByPack = new WeakMap<LanguagePack, Translate>();
let fullEnglish: Translate | undefined;

/**
 * `t()` with every message, for views loaded on demand. Importing this brings the English beyond the
 * first view's (en-GB.ts) into the caller's chunk, so code in the first download uses
 * `useMessages()` instead; the Welsh pack already holds every message.
 */
export function useFullMessages(): Translate {
  const source = useMessagesSource();
  return useMemo(() => {
    if (!source) return (fullEnglish ??= createTranslate(enGB, 'en-GB'));
    const known = fullByPack.get(source.pack);
    if (known) return known;
    const t = createTranslate({ ...enGB, ...source.pack.messages }, source.language, source.pack.schemaText);
    fullByPack.set(source.pack, t);
    return t;
  }, [source]);
}
