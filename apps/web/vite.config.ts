import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs on its own port (pnpm dev starts both); Vite proxies /api to it so the
// browser sees one origin, as it does in production where the server serves this build.
const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/api': apiTarget, '/healthz': apiTarget },
  },
  build: { sourcemap: true },
});
