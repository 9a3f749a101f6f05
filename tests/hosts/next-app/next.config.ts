import type { NextConfig } from 'next';

// The settings of today's `create-next-app` scaffold (App Router, Cache Components on),
// plus one line this fixture needs.
const nextConfig: NextConfig = {
  /* config options here */
  cacheComponents: true,
  partialPrefetching: true,
  // The fixture runs from a temp dir: keep Turbopack from looking for a workspace above it.
  turbopack: { root: import.meta.dirname },
};

export default nextConfig;
