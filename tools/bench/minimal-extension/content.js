// bench:page's minimal reference (tools/bench/page.ts): the least an extension like Backstory
// does in a frame. browser-polyfill.min.js (copied in at bench time) runs first, as it does in
// ours; then one walk of the body's text nodes and one message with their text.
(() => {
  const root = document.body ?? document.documentElement;
  const texts = [];
  if (root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.data);
  }
  globalThis.browser.runtime.sendMessage({ type: 'minimal:texts', texts }).catch(() => {});
})();
