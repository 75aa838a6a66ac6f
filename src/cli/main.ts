import type { Translate } from '../i18n/catalogue';
import { cliLanguage } from './language';

/**
 * `lapp` — the command line over the same store and engines as the tab.
 * Each command lives in its own module under ./commands and is loaded only when used.
 */
export interface CommandIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
}

/** What a command gets: the streams, and `t` in the language chosen with --lang or LAPP_LANG. */
export interface RunIo extends CommandIo {
  readonly t: Translate;
}

export type Command = (args: readonly string[], io: RunIo) => Promise<number>;

const COMMANDS = {
  plans: () => import('./commands/plans'),
  agenda: () => import('./commands/agenda'),
  import: () => import('./commands/import'),
  export: () => import('./commands/export'),
  provision: () => import('./commands/provision'),
} as const satisfies Record<string, () => Promise<{ run: Command }>>;

type CommandName = keyof typeof COMMANDS;

function usage(t: Translate): string {
  const lines = (Object.keys(COMMANDS) as CommandName[]).map((name) => `  lapp ${name.padEnd(10)} ${t(`cli.summary.${name}`)}`);
  return [t('cli.usage'), '', t('cli.commands'), ...lines, '', t('cli.moreHelp')].join('\n');
}

export async function main(argv: readonly string[], io: CommandIo = defaultIo()): Promise<number> {
  const language = cliLanguage(argv, io.env);
  if ('error' in language) {
    io.err(language.error);
    return 2;
  }
  const { t, args } = language;
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage(t));
    return name ? 0 : 2;
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    io.err(`${t('cli.unknownCommand', { name })}\n\n${usage(t)}`);
    return 2;
  }
  try {
    const { run } = await COMMANDS[name as CommandName]();
    return await run(rest, { ...io, t });
  } catch (error) {
    const { failureText } = await import('./failure-text');
    io.err(`lapp ${name}: ${failureText(t, error)}`);
    return 1;
  }
}

function defaultIo(): CommandIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
  };
}
