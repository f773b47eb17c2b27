import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/security/csp.js';

// The renderer build. The CSP lives in shared/security/csp.ts so the HTML meta tag, the app://
// protocol header and the preview server's header are one policy.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [
    react(),
    {
      name: 'techo-csp',
      // frame-ancestors only works as a header (app:// and the preview send it); a meta tag ignores it.
      transformIndexHtml: (html) => html.replace('%CSP%', CONTENT_SECURITY_POLICY.replace(/;\s*frame-ancestors[^;]*/, '')),
    },
  ],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
  },
});
