import { describe, expect, it } from 'vitest';
import { PassageReader, positionAt, readPassages } from '../../lib/page/text-map';

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

  it('reads contenteditable="false", and skips a hidden or editable root and what is inside them', () => {
    expect(passagesOf('<div contenteditable="false">Iran</div><div contenteditable="">Oman</div><p><b hidden>Iraq</b>Rubio</p>')).toEqual([
      'Iran',
      'Rubio',
    ]);
    document.body.innerHTML = '<div id="a" hidden><p>Iran</p></div><div id="b" contenteditable="plaintext-only"><p>Oman</p></div>';
    expect(readPassages(document.getElementById('a')!)).toEqual([]);
    expect(readPassages(document.getElementById('b')!)).toEqual([]);
  });

  it('keeps words on either side of a line break apart', () => {
    document.body.innerHTML = '<p>Ali<br>Khamenei and <b>Iran</b><br><i>Rubio</i></p>';
    expect(readPassages(document.body).map((p) => p.text)).toEqual(['Ali\nKhamenei and Iran\nRubio']);
  });

  it('keeps words apart around an image, a form field, a picture, an editable element or an empty block, not around a script or hidden text', () => {
    document.body.innerHTML =
      '<p>Iran<img src="x.png">Oman</p><p>Iran<input>Oman</p><p>Iran<svg><text>x</text></svg>Oman</p>' +
      '<div>Iran<div></div>Oman</div><p>Iran<span contenteditable="true">typed</span>Oman</p>' +
      '<div>Iran<div contenteditable="plaintext-only">typed</div>Oman</div>' +
      '<p>Khame<script>1</script>nei</p><p>Khame<span hidden>x</span>nei</p><p>Khame<span hidden contenteditable>x</span>nei</p>';
    expect(readPassages(document.body).map((p) => p.text)).toEqual([
      'Iran\nOman',
      'Iran\nOman',
      'Iran\nOman',
      'Iran\nOman',
      'Iran\nOman',
      'Iran\nOman',
      'Khamenei',
      'Khamenei',
      'Khamenei',
    ]);
  });

  it('keeps a line break through a comment, an empty inline element and the end of an inline one', () => {
    document.body.innerHTML =
      '<p>Ali<br><!-- a note -->Khamenei</p><p>Marco<br><span></span>Rubio</p><p><b>Saudi<br></b>Arabia</p><p>Khame<wbr>nei</p>';
    expect(readPassages(document.body).map((p) => p.text)).toEqual(['Ali\nKhamenei', 'Marco\nRubio', 'Saudi\nArabia', 'Khamenei']);
  });

  it('marks a line break after a hyphen, and adds none beside white space', () => {
    document.body.innerHTML = '<p>Khame-<br>nei, Iran <br>and<br> Oman</p><p>Only <span> </span> <br> </p>';
    expect(readPassages(document.body).map((p) => p.text)).toEqual(['Khame-\nnei, Iran and Oman', 'Only ']);
  });

  it('joins inline runs across white space, but not across a block between them', () => {
    document.body.innerHTML =
      '<p><a>Ali</a> <b>Khamenei</b></p>\n  <p><i>Marco</i><span hidden> </span> <b>Rubio</b></p>' +
      '<div><span>Saudi</span><div> </div><span>Arabia</span></div>';
    expect(readPassages(document.body).map((p) => p.text)).toEqual(['Ali Khamenei', 'Marco Rubio', 'Saudi', 'Arabia']);
  });

  it('reads the same passages when stopped after every 128 nodes as in one go', () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>Para <b>${i}</b><br>line <i>two</i></p><script>x${i}</script>`);
    document.body.innerHTML = `<article>${paragraphs.join('\n')}</article>`;
    const whole = readPassages(document.body).map((p) => p.text);
    const reader = new PassageReader(document.body);
    let slices = 0;
    let clock = 0;
    // A clock that has always just passed the deadline: every check ends the slice.
    while (!reader.readUntil(clock, () => ++clock)) slices++;
    expect(slices).toBeGreaterThan(5);
    expect(reader.passages.map((p) => p.text)).toEqual(whole);
    expect(whole[0]).toBe('Para 0\nline two');
  });

  it('notes open shadow roots in document order, on custom elements too, but none inside skipped elements', () => {
    document.body.innerHTML =
      '<div id="a"></div><div hidden><span id="b"></span></div><p><span id="c"></span></p><ul><li><news-card id="d"></news-card></li></ul>';
    const a = document.getElementById('a')!.attachShadow({ mode: 'open' });
    document.getElementById('b')!.attachShadow({ mode: 'open' });
    const c = document.getElementById('c')!.attachShadow({ mode: 'open' });
    const d = document.getElementById('d')!.attachShadow({ mode: 'open' });
    const reader = new PassageReader(document.body);
    reader.readUntil(Infinity);
    expect(reader.shadowRoots).toEqual([a, c, d]);
  });

  it('in a shadow root, reads its elements as blocks and leaves text lying directly in it', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = 'stray <span>Ali Khamenei</span><b>Rubio</b>';
    expect(readPassages(shadow).map((p) => p.text)).toEqual(['Ali Khamenei', 'Rubio']);
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
