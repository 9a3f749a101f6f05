/** Strings of the error-state components (banners, screens, inline states). */
export const componentMessages = {
  topUp: 'Top up',
};
