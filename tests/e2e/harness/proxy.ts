/**
 * A forward HTTP proxy for the browsers under test, on 127.0.0.1. Every request a browser sends
 * through it is recorded; a request for one of the origins it is told to pass (the test server)
 * is passed on, and every other one fails at once as a network error, as it would offline.
 *
 * Two uses: the no-network test sends all of a browser's traffic through it, the test server's
 * included, to see every request anything in the browser makes; the corpus run sends only
 * remote traffic through it, so that a saved page's thousand remote scripts, images and ads
 * fail at once instead of hanging on name lookups that this network never answers.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface ProxiedRequest {
  method: string;
  /** The full address; for a tunnel (CONNECT, as for https: and wss:), `https://host:port/`. */
  url: string;
  /** Headers that say who asked: Origin, Referer and the Sec-Fetch-* family, where sent. */
  from: Record<string, string>;
  /** Whether it was passed on to a passed origin (otherwise it failed as a network error). */
  passed: boolean;
}

export interface RecordingProxy {
  /** host:port, for the browsers' proxy settings. */
  address: string;
  port: number;
  /** Every request received so far, in order. */
  requests: ProxiedRequest[];
  close(): Promise<void>;
}

const WHO_ASKED = ['origin', 'referer', 'sec-fetch-site', 'sec-fetch-mode', 'sec-fetch-dest', 'sec-fetch-user'];

function whoAsked(request: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of WHO_ASKED) {
    const value = request.headers[name];
    if (typeof value === 'string') out[name] = value;
  }
  return out;
}

/** Starts the proxy. `passOrigins` are the origins (`http://127.0.0.1:PORT`) it passes on. */
export async function startProxy(passOrigins: readonly string[] = []): Promise<RecordingProxy> {
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();

  const onRequest = (request: IncomingMessage, response: ServerResponse) => {
    // A proxy is sent the absolute address; anything else was not meant for a proxy.
    const raw = request.url ?? '';
    let url: URL | null = null;
    try {
      url = new URL(raw);
    } catch {
      url = null;
    }
    const passed = url !== null && url.protocol === 'http:' && passOrigins.includes(url.origin);
    requests.push({ method: request.method ?? 'GET', url: url?.href ?? raw, from: whoAsked(request), passed });
    if (!url || !passed) {
      // No answer at all: the browser sees a network error, as for a host it cannot reach.
      request.socket.destroy();
      return;
    }
    const upstream = httpRequest(
      { host: url.hostname, port: url.port, method: request.method, path: url.pathname + url.search, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => request.socket.destroy());
    request.pipe(upstream);
  };

  const server: Server = createServer(onRequest);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // Tunnels (https:, wss:) are never opened: the address is all that is recorded.
  server.on('connect', (request: IncomingMessage, socket: Socket) => {
    requests.push({ method: 'CONNECT', url: `https://${request.url ?? ''}/`, from: whoAsked(request), passed: false });
    socket.destroy();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the proxy has no port');
  return {
    address: `127.0.0.1:${address.port}`,
    port: address.port,
    requests,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
