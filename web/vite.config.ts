import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The timeline app: root is web/, the server serves web/dist at `/`; dev proxies /graphql to the API. */
export default defineConfig({
  root,
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, target: 'es2022' },
  server: {
    proxy: { '/graphql': { target: process.env.PACTLINE_API ?? 'http://127.0.0.1:4000', changeOrigin: true } },
  },
});
