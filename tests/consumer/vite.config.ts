import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Two pages: the host's dashboard (index.html) and the README's embed as printed
  // (readme.html). The development build (React's warnings kept, for the browser check) is
  // one large chunk on purpose; any other build warning fails the host.
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 4096,
    rolldownOptions: { input: { main: 'index.html', readme: 'readme.html' } },
  },
  logLevel: 'warn',
});
