import { appendFileSync } from 'node:fs';
import { createServer } from 'node:http';

// Alertmanager's webhook receiver for the rehearsal: records every notification it receives, one
// JSON document a line, so the alert test can see what reached it.
// Usage: node --import tsx webhook-receiver.ts <port> <log file>

const [port, logFile] = process.argv.slice(2);
if (!port || !logFile) throw new Error('usage: webhook-receiver.ts <port> <log file>');

createServer((request, response) => {
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (chunk: string) => (body += chunk));
  request.on('end', () => {
    if (request.method === 'POST') {
      appendFileSync(
        logFile,
        `${JSON.stringify({ receivedAt: new Date().toISOString(), body: JSON.parse(body) as unknown })}\n`,
      );
    }
    response.writeHead(request.method === 'POST' ? 200 : 405).end();
  });
}).listen(Number(port), '127.0.0.1');
