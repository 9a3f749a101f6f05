/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The fixture runs from a temp dir: keep Turbopack from looking for a workspace above it.
  turbopack: { root: import.meta.dirname },
};

export default nextConfig;
