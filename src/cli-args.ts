/** Command-line flags of `npm start`. */
import { StartupError } from './startup-error.js';

/** Parsed flags. */
export interface CliArgs {
  /** Run the shell as this non-admin user. */
  as?: string;
  /** Start the shell even when Slack or Discord are configured. */
  shell: boolean;
}

/** Parses `--as NAME` / `--as=NAME` and `--shell`; unknown flags are an error with usage. */
export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { shell: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--as' || a.startsWith('--as=')) {
      const name = a === '--as' ? argv[++i] : a.slice(5);
      if (!name) throw new StartupError('--as needs a name: npm start -- --as alice');
      args.as = name;
    } else if (a === '--shell') args.shell = true;
    else throw new StartupError(`Unknown flag ${a}. Usage: npm start [-- --as NAME] [--shell]`);
  }
  return args;
}
