// bench:page's minimal reference: answers each frame's text with an empty list of mentions. It
// also keeps which frames sent text, for bench:page to ask (from an extension page) when a load
// is over.
const received = [];
chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (message?.type === 'minimal:texts') {
    received.push({ url: sender.url, frameId: sender.frameId, tabId: sender.tab?.id, texts: message.texts.length });
    sendResponse([]);
  } else if (message?.type === 'minimal:received') {
    sendResponse(received);
  }
  return false;
});
