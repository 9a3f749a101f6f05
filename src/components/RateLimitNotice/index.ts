export { RateLimitNotice } from './RateLimitNotice';
export type { RateLimitNoticeProps } from './RateLimitNotice';
