import { describe, expect, it } from 'vitest';
import { positionAt, readPassages } from '../../lib/page/text-map';

function passagesOf(html: string): string[] {
  document.body.innerHTML = html;
  return readPassages(document.body).map((p) => p.text.replace(/\s+/g, ' ').trim());
}

describe('readPassages', () => {
  it('joins inline markup into one passage and splits at blocks', () => {
    expect(passagesOf('<h1>Talks with <b>Ali</b></h1><p><a href="#">Khamenei</a> <i>said</i> more.</p>')).toEqual([
      'Talks with Ali',
      'Khamenei said more.',
    ]);
  });

  it('skips scripts, styles, form fields, editable and hidden content', () => {
    expect(
      passagesOf(
        '<p>Iran</p><script>var iran = 1</script><style>.iran{}</style><textarea>Iran</textarea>' +
          '<input value="Iran"><div contenteditable="true">Iran typed</div><div hidden>Iran hidden</div>' +
          '<noscript>Iran</noscript><template><p>Iran</p></template><p>Rubio</p>',
      ),
    ).toEqual(['Iran', 'Rubio']);
  });

  it('keeps words on either side of a line break apart', () => {
    document.body.innerHTML = '<p>Ali<br>Khamenei and <b>Iran</b><br><i>Rubio</i></p>';
    expect(readPassages(document.body).map((p) => p.text)).toEqual(['Ali\nKhamenei and Iran\nRubio']);
  });

  it('maps passage offsets back to text nodes', () => {
    document.body.innerHTML = '<p>Marco <b>Rubio</b> spoke</p>';
    const [passage] = readPassages(document.body);
    const start = passage!.text.indexOf('Rubio');
    const at = positionAt(passage!, start, false)!;
    expect(at.node.data).toBe('Rubio');
    expect(at.offset).toBe(0);
    const end = positionAt(passage!, start + 5, true)!;
    expect(end.node.data).toBe('Rubio');
    expect(end.offset).toBe(5);
  });
});
