/** Where the CLI writes: injected so that tests capture output without spawning a process. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; isTTY?: boolean };
  /** The working directory relative paths are read from. */
  readonly cwd: string;
  /** The environment a token is read from (`--token-env`): the process's when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The exit codes of the `kaohe` command. */
export const EXIT = {
  ok: 0,
  /** Some input could not be appraised, or lint found errors. */
  failed: 1,
  /** The command line itself was wrong. */
  usage: 2,
} as const;
