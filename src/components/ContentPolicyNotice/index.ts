export { ContentPolicyNotice } from './ContentPolicyNotice';
export type { ContentPolicyNoticeProps } from './ContentPolicyNotice';
