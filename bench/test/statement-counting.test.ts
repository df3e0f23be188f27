import { once } from 'node:events';
import { connect, createServer, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { FrontendMessageCounter } from '../src/system/frontend-message-counter.js';
import { startStatementCountingProxy } from '../src/system/statement-counting-proxy.js';

const untyped = (code: number, extra = Buffer.alloc(0)) => {
  const message = Buffer.alloc(8 + extra.length);
  message.writeInt32BE(message.length, 0);
  message.writeInt32BE(code, 4);
  extra.copy(message, 8);
  return message;
};
const typed = (type: string, body = Buffer.alloc(0)) => {
  const message = Buffer.alloc(5 + body.length);
  message.write(type, 0, 'latin1');
  message.writeInt32BE(4 + body.length, 1);
  body.copy(message, 5);
  return message;
};
const sslRequest = untyped(80877103);
const startup = untyped(196608, Buffer.from('user\0postgres\0database\0promata\0\0'));
const query = (sql: string) => typed('Q', Buffer.from(`${sql}\0`));
// An extended-protocol statement as node-postgres sends it: Parse, Bind, Describe, Execute, Sync.
const extended = Buffer.concat([
  typed('P', Buffer.from('\0select $1\0\0\0')),
  typed('B', Buffer.alloc(8)),
  typed('D', Buffer.from('P\0')),
  typed('E', Buffer.from('\0\0\0\0\0')),
  typed('S'),
]);

describe('counting statements on the PostgreSQL wire', () => {
  it('counts simple queries and extended executes after the startup packets', () => {
    const counter = new FrontendMessageCounter();
    counter.push(Buffer.concat([sslRequest, startup, query('begin'), extended, extended, query('commit')]));
    expect(counter.queries).toBe(2);
    expect(counter.executes).toBe(2);
    expect(counter.statements).toBe(4);
  });

  it('reassembles messages split anywhere between chunks', () => {
    const stream = Buffer.concat([startup, extended, query('select 1'), extended]);
    const counter = new FrontendMessageCounter();
    for (let i = 0; i < stream.length; i += 3) counter.push(stream.subarray(i, i + 3));
    expect(counter.statements).toBe(3);
  });

  it('does not count a Parse or Sync without an Execute', () => {
    const counter = new FrontendMessageCounter();
    counter.push(Buffer.concat([startup, typed('P', Buffer.from('\0select 1\0\0\0')), typed('S'), typed('X')]));
    expect(counter.statements).toBe(0);
  });

  it('forwards bytes both ways and counts what went through the proxy', async () => {
    const upstream = createServer((socket) => socket.on('data', (chunk) => socket.write(chunk)));
    upstream.listen(0, '127.0.0.1');
    await once(upstream, 'listening');
    const proxy = await startStatementCountingProxy({
      host: '127.0.0.1',
      port: (upstream.address() as AddressInfo).port,
    });
    try {
      const client = connect(proxy.port, '127.0.0.1');
      await once(client, 'connect');
      const sent = Buffer.concat([startup, query('select 1'), extended]);
      const echoed: Buffer[] = [];
      client.on('data', (chunk: Buffer) => echoed.push(chunk));
      client.write(sent);
      await expect.poll(() => Buffer.concat(echoed).length).toBe(sent.length);
      expect(Buffer.concat(echoed).equals(sent)).toBe(true);
      expect(proxy.statements()).toBe(2);
      proxy.reset();
      client.write(query('select 2'));
      await expect.poll(() => proxy.statements()).toBe(1);
      client.destroy();
    } finally {
      await proxy.stop();
      upstream.close();
    }
  });
});
