import type { Translate } from '../i18n/catalogue';
import type { Command, RunIo } from './main';

/** What a command's option reader returns: the options, a request for help, or what is wrong. */
export type ReadOptions<O> = (args: readonly string[], t: Translate) => O | 'help' | { error: string };

/** Options Node's parseArgs refused: our sentence, then its own (English) words, which name the option. */
export function optionsRefused(t: Translate, error: unknown): { error: string } {
  return { error: `${t('cli.badOptions')} ${error instanceof Error ? error.message : String(error)}` };
}

/**
 * A command whose options are read first: `--help` prints the usage (exit 0); bad options print
 * what is wrong and the usage (exit 2); good ones run the body. A usage from the catalogue is
 * given as a function of `t`, so it is printed in the chosen language.
 */
export function commandWith<O extends object>(
  name: string,
  usage: string | ((t: Translate) => string),
  readOptions: ReadOptions<O>,
  body: (options: O, io: RunIo) => Promise<number>,
): Command {
  return async (args, io) => {
    const usageText = typeof usage === 'string' ? usage : usage(io.t);
    const options = readOptions(args, io.t);
    if (options === 'help') {
      io.out(usageText);
      return 0;
    }
    if ('error' in options) {
      io.err(`lapp ${name}: ${options.error}\n\n${usageText}`);
      return 2;
    }
    return body(options, io);
  };
}
