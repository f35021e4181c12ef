/**
 * Pieces the options page puts into its sentences: what went wrong, and lists of names. Both
 * are data (a browser's error, a file's name, a pack's titles), so they stand isolated, keeping
 * their own direction inside a sentence of the other.
 */
import { isolated, type Words } from '../../components/words';
import { FileTooLong } from './file-text';

/** Why something failed: our own reasons in the interface's words, anything else as it came. */
export function failure(error: unknown, { t, language }: Words): string {
  if (error instanceof FileTooLong) {
    return t('options.fileTooLong', [isolated(error.fileName), error.maxCharacters.toLocaleString(language)]);
  }
  return isolated(error instanceof Error ? error.message : String(error));
}

/**
 * Items joined as the interface's language joins them. Items that may hold commas themselves
 * are joined by semicolons.
 */
export function listOf(items: readonly string[], { t }: Words, joiner: 'comma' | 'semicolon' = 'comma'): string {
  const separator = `${t(joiner === 'comma' ? 'options.comma' : 'options.semicolon')} `;
  return items.map(isolated).join(separator);
}
