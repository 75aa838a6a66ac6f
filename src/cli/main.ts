/**
 * `lapp` — the command line over the same store and engines as the tab.
 * Each command lives in its own module under ./commands and is loaded only when used.
 */
export interface CommandIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
}

export type Command = (args: readonly string[], io: CommandIo) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: Command }> }> = {
  plans: { summary: 'List the plans in the configured store', load: () => import('./commands/plans') },
  agenda: { summary: "Print the proposed agenda for a plan's next meeting", load: () => import('./commands/agenda') },
  import: { summary: 'Import an existing LAPP (.docx or text) into a plan', load: () => import('./commands/import') },
  export: { summary: 'Write a plan as a Word LAPP, progress note or handover pack', load: () => import('./commands/export') },
  provision: { summary: 'Set up a SharePoint site: lists, columns, versioning, managers\' views', load: () => import('./commands/provision') },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  lapp ${name.padEnd(10)} ${c.summary}`);
  return ['Usage: lapp <command> [options]', '', 'Commands:', ...lines, '', 'Run "lapp <command> --help" for its options.'].join(
    '\n',
  );
}

export async function main(argv: readonly string[], io: CommandIo = defaultIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`lapp: unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  try {
    const { run } = await command.load();
    return await run(rest, io);
  } catch (error) {
    io.err(`lapp ${name}: ${error instanceof Error ? error.message : String(error)}`);
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
