/** Vite build of the web app: web/ -> dist/web/ (text files also as .br and .gz), served by `debrief serve` (src/server/web-app.ts). */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress.js';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), precompress()],
  build: {
    outDir: resolve(import.meta.dirname, '../dist/web'),
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: true,
  },
});
