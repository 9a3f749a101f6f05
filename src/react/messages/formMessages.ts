/** Strings of the form helpers (error summary, field errors, submit states). */
export const formMessages = {
  summaryTitle: 'There is a problem',
};
