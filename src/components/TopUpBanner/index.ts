export { TopUpBanner } from './TopUpBanner';
export type { TopUpBannerProps } from './TopUpBanner';
