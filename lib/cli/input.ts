// Reads CLI inputs (files or standard input) as UTF-8 text, with errors that name the file and the fault.
import { readFileSync, statSync } from 'node:fs';

export class InputError extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Offset of the first byte that breaks UTF-8, found in one pass. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return Math.max(0, b.length - 1);
}

/** Decodes bytes as UTF-8 text; refuses binary data and invalid UTF-8 with a specific reason. */
export function decodeText(bytes: Uint8Array, name: string): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(`${name}: looks like a binary file (NUL byte at offset ${nul}); expected UTF-8 text`);
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new InputError(`${name}: is not valid UTF-8 (bad byte at offset ${bad}); save it as UTF-8 text`);
  }
}

/** Reads a file (or standard input for "-") as text. */
export function readText(path: string): string {
  if (path === '-') return decodeText(readFileSync(0), '<stdin>');
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EACCES') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot be read (${code ?? String(error)})`);
  }
  return decodeText(bytes, path);
}
