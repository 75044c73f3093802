import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// The explorer. `npm run build` writes web/dist, which the API serves at / on its own port;
// `npm run dev:web` serves it with hot reload and forwards API calls to a running `npm start`.
const api = `http://127.0.0.1:${process.env.PORT ?? 4000}`;

export default defineConfig({
  root: import.meta.dirname,
  plugins: [svelte()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/graphql': api, '/mcp': api, '/auth': api, '/health': api, '/api': api } },
});
