/**
 * The app's Content-Security-Policy: everything from its own origin, nothing inline, no eval, workers
 * from files. `frame-ancestors *` lets any page embed the map (commands are still limited by
 * embed-origins.json); deployers narrow it in public/_headers. Never X-Frame-Options on the app.
 * A `style=` pointing at another host needs that host added to connect-src (and img-src for raster tiles).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');
