/**
 * A file named on the command line exists but cannot be used (not valid JSON, say): the
 * command line was right, the file is not, so the exit code is 1 rather than 2.
 */
export class FileError extends Error {
  override readonly name = 'FileError';
}
