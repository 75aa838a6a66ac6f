import type { Command, CommandIo } from './main';

/** What a command's option reader returns: the options, a request for help, or what is wrong. */
export type ReadOptions<O> = (args: readonly string[]) => O | 'help' | { error: string };

/**
 * A command whose options are read first: `--help` prints the usage (exit 0); bad options print
 * what is wrong and the usage (exit 2); good ones run the body.
 */
export function commandWith<O extends object>(
  name: string,
  usage: string,
  readOptions: ReadOptions<O>,
  body: (options: O, io: CommandIo) => Promise<number>,
): Command {
  return async (args, io) => {
    const options = readOptions(args);
    if (options === 'help') {
      io.out(usage);
      return 0;
    }
    if ('error' in options) {
      io.err(`lapp ${name}: ${options.error}\n\n${usage}`);
      return 2;
    }
    return body(options, io);
  };
}
