import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

/** Where the API listens during development; override with PROMATA_API_URL. */
const apiTarget = process.env.PROMATA_API_URL ?? 'http://127.0.0.1:3000';

/** Path prefixes served by the API, forwarded by `vite` (dev) and `vite preview`. */
const apiPrefixes = ['/api', '/health', '/docs', '/metrics'] as const;

const proxy: Record<string, ProxyOptions> = Object.fromEntries(
  apiPrefixes.map((prefix) => [prefix, { target: apiTarget, changeOrigin: false, xfwd: true }]),
);

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, proxy },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    assetsDir: 'assets',
    emptyOutDir: true,
    target: 'es2022',
  },
});
