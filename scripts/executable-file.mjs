import { accessSync, constants, statSync } from 'node:fs';

/**
 * Whether `file` is a file this process may execute.
 * @param {string} file
 */
export function isExecutableFile(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
