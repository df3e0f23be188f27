import { appendFileSync } from 'node:fs';
import { createServer } from 'node:net';

// The rehearsal's mail server: speaks just enough SMTP for nodemailer, accepts every message and
// records its envelope (not its body: links in it are credentials) one JSON line per message.
// Usage: node --import tsx smtp-sink.ts <port> <log file>

const [port, logFile] = process.argv.slice(2);
if (!port || !logFile) throw new Error('usage: smtp-sink.ts <port> <log file>');

createServer((socket) => {
  let buffer = '';
  let inData = false;
  let envelope: { from: string; to: string[] } = { from: '', to: [] };
  const reply = (line: string) => socket.write(`${line}\r\n`);
  reply('220 promata-smtp-sink ESMTP');
  socket.setEncoding('utf8');
  socket.on('error', () => socket.destroy());
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\r\n')) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (inData) {
        if (line === '.') {
          inData = false;
          appendFileSync(logFile, `${JSON.stringify({ receivedAt: new Date().toISOString(), ...envelope })}\n`);
          envelope = { from: '', to: [] };
          reply('250 OK: queued');
        }
        continue;
      }
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === 'EHLO') reply('250-promata-smtp-sink\r\n250 8BITMIME');
      else if (verb === 'HELO') reply('250 promata-smtp-sink');
      else if (verb === 'MAIL') {
        envelope.from = line.slice(10).trim();
        reply('250 OK');
      } else if (verb === 'RCPT') {
        envelope.to.push(line.slice(8).trim());
        reply('250 OK');
      } else if (verb === 'DATA') {
        inData = true;
        reply('354 End data with <CR><LF>.<CR><LF>');
      } else if (verb === 'QUIT') {
        reply('221 Bye');
        socket.end();
      } else reply('250 OK');
    }
  });
}).listen(Number(port), '127.0.0.1');
