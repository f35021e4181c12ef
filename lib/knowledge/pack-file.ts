/**
 * A pack as a file's text: the one path from a file to a checked pack, shared by the options
 * page's import and the terminal command (tools/validate-pack.ts), so both refuse the same
 * files with the same words.
 */
import { LIMITS } from '../../data/schema';
import { validatePack, type PackValidation, type ValidateOptions } from './validate';

export function readPackText(text: string, options: ValidateOptions = {}): PackValidation {
  const parsed = parseJsonFile(text);
  return parsed.ok ? validatePack(parsed.value, options) : { ok: false, problems: [{ path: '', message: parsed.message }] };
}

export type JsonFile = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * JSON from a file, within the size a pack may have. A byte-order mark is allowed (some editors
 * write one). The parser's own words say where the syntax breaks; they differ a little between
 * engines, and are the only part of a refusal that does.
 */
export function parseJsonFile(text: string, maxCharacters: number = LIMITS.fileCharacters): JsonFile {
  if (text.length > maxCharacters) {
    return { ok: false, message: `is ${text.length} characters long; a file may have at most ${maxCharacters}` };
  }
  try {
    return { ok: true, value: JSON.parse(text.startsWith('\ufeff') ? text.slice(1) : text) as unknown };
  } catch (error) {
    return { ok: false, message: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}
