import { Blob as NodeBlob } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { readChosenFile } from '../../entrypoints/options/file-text';

/** A chosen file, as the options page gets it (Node's Blob: it streams as the browser's does). */
const chosen = (text: string) => Object.assign(new NodeBlob([text]) as unknown as Blob, { name: 'pack.json' });

describe('reading a chosen file', () => {
  it('reads text of any script whole', async () => {
    expect(await readChosenFile(chosen('{"title":"ایران"}'), 100)).toBe('{"title":"ایران"}');
  });

  it('stops reading a file as soon as it is too long, and says so', async () => {
    const read = { bytes: 0 };
    const big = 'x'.repeat(8_000_000);
    const file = chosen(big);
    const stream = file.stream.bind(file);
    file.stream = () =>
      (stream() as ReadableStream<Uint8Array>).pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, out) {
            read.bytes += chunk.length;
            out.enqueue(chunk);
          },
        }),
      ) as ReturnType<Blob['stream']>;
    await expect(readChosenFile(file, 300_000)).rejects.toThrow('pack.json is longer than 300,000 characters');
    expect(read.bytes).toBeLessThan(big.length / 2);
  });

  it('refuses a file too large to hold few enough characters without reading it', async () => {
    await expect(readChosenFile(chosen('x'.repeat(5000)), 1000)).rejects.toThrow('longer than 1,000 characters');
  });
});
