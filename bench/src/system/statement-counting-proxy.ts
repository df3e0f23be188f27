import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { FrontendMessageCounter } from './frontend-message-counter.js';

export type StatementCountingProxy = {
  port: number;
  /** Statements sent by every connection since the last reset. */
  statements(): number;
  reset(): void;
  stop(): Promise<void>;
};

/** A TCP proxy in front of PostgreSQL on loopback that counts the statements passing through it. */
export async function startStatementCountingProxy(target: {
  host: string;
  port: number;
}): Promise<StatementCountingProxy> {
  const counters = new Set<FrontendMessageCounter>();
  let offset = 0;
  const sockets = new Set<Socket>();
  const total = () => [...counters].reduce((sum, c) => sum + c.statements, 0);
  const server = createServer((client) => {
    const counter = new FrontendMessageCounter();
    counters.add(counter);
    const upstream = connect(target.port, target.host);
    sockets.add(client).add(upstream);
    client.on('data', (chunk: Buffer) => {
      counter.push(chunk);
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    statements: () => total() - offset,
    reset: () => {
      offset = total();
    },
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
