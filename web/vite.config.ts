/** Vite build of the web app: web/ -> dist/web/, served by `debrief serve` (src/server/web-app.ts). */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, '../dist/web'),
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: true,
  },
});
