import type { Translate } from '../i18n/catalogue';
import { languageFor, LANGUAGES } from '../i18n/language-choice';
import { translateFor } from '../i18n/catalogues';

/**
 * The language of everything the command prints: `--lang <tag>` anywhere in the arguments (taken
 * out before the command reads its own), else LAPP_LANG, else British English. "cy", "cy-GB" and
 * "CY" all mean Welsh; a language the catalogues do not have is refused rather than ignored.
 */
export function cliLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): { t: Translate; args: string[] } | { error: string } {
  const args: string[] = [];
  let tag = env.LAPP_LANG?.trim() || undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--lang') {
      tag = argv[i + 1] ?? '';
      i += 1;
    } else if (arg.startsWith('--lang=')) {
      tag = arg.slice('--lang='.length);
    } else {
      args.push(arg);
    }
  }
  if (tag !== undefined && !languageFor(tag)) {
    // Said in both languages: the reader's choice is the thing that failed.
    const known = LANGUAGES.map((l) => `"${l.split('-')[0]}"`).join(', ');
    return { error: `${translateFor('cy-GB')('cli.unknownLanguage', { tag, known })}\n${translateFor('en-GB')('cli.unknownLanguage', { tag, known })}` };
  }
  return { t: translateFor(tag), args };
}
