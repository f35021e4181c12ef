/**
 * Moving text between the extension's pages (the options, the story editor) and the reader's
 * files: reading a chosen file, and saving text as a download. No network is involved: the
 * download is a blob made in the page.
 */
import { LIMITS } from '../../data/schema';

/**
 * A chosen file longer than a page takes. It carries the name and the limit, so that the page
 * says so in the interface's language; the message is the English, for logs and tests.
 */
export class FileTooLong extends Error {
  constructor(
    readonly fileName: string,
    readonly maxCharacters: number,
  ) {
    super(`${fileName} is longer than ${maxCharacters.toLocaleString('en-US')} characters, the most a file may have`);
  }
}

/**
 * The text of a file the reader chose, or why it cannot be read. It is read a piece at a time
 * and dropped as soon as it is longer than `maxCharacters`, so a huge file is never held whole.
 */
export async function readChosenFile(file: Blob & { name: string }, maxCharacters: number = LIMITS.fileCharacters): Promise<string> {
  const tooLong = () => new FileTooLong(file.name, maxCharacters);
  // A character takes at most four bytes in UTF-8, so a larger file is too long whatever it holds.
  if (file.size > maxCharacters * 4) throw tooLong();
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  const parts: string[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts.join('');
    length += value.length;
    if (length > maxCharacters) {
      void reader.cancel();
      throw tooLong();
    }
    parts.push(value);
  }
}

export function saveTextFile(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has the blob once the download starts; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Lets the page paint ("Checking…") before a long check takes the main thread. */
export function nextPaint(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
}
