import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The site as served, behind a proxy of the test's own that can pretend a new build was deployed:
 * after `deploy()`, sw.js comes back with another version. (Playwright's routes do not see the
 * browser's update check of a service worker script, so the test serves it itself.)
 */
export interface NextBuildSite {
  url: string;
  deploy: () => void;
  close: () => Promise<void>;
}

const NEXT_VERSION = 'next-build';

export async function serveWithNextBuild(upstream: string): Promise<NextBuildSite> {
  let deployed = false;
  const server: Server = createServer((request, response) => {
    void (async () => {
      const answer = await fetch(new URL(request.url ?? '/', upstream), { headers: { accept: request.headers.accept ?? '*/*' } });
      let body = Buffer.from(await answer.arrayBuffer());
      if (deployed && new URL(request.url ?? '/', upstream).pathname.endsWith('/sw.js')) {
        // The generated worker names its version in its first line and passes it as its first argument.
        const text = body.toString('utf8');
        const version = /version ([0-9a-f]+)\./.exec(text)?.[1];
        if (!version) throw new Error('sw.js does not name its version');
        body = Buffer.from(text.replaceAll(version, NEXT_VERSION));
      }
      const type = answer.headers.get('content-type');
      response.writeHead(answer.status, { ...(type ? { 'content-type': type } : {}), 'cache-control': 'no-cache' });
      response.end(body);
    })().catch((error: unknown) => {
      response.writeHead(502);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    deploy: () => {
      deployed = true;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const NEXT_CACHE = `nn-essay-${NEXT_VERSION}`;
