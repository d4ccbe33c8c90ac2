import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: {
    // Generates messages/en/**/*.d.json.ts so ICU arguments are type-checked.
    createMessagesDeclaration: ['./messages/en/common.json', './messages/en/docs/monitor/access-auth.json'],
  },
});

const nextConfig: NextConfig = {
  // A second build (the English-fallback test fixture) goes to its own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
